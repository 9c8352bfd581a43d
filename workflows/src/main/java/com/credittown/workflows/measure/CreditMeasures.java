package com.credittown.workflows.measure;

import org.springframework.data.jpa.repository.JpaRepository;
import java.util.List;

/** The city's catalogue of credit measures. */
interface CreditMeasures extends JpaRepository<CreditMeasure, String> {

    List<CreditMeasure> findAllByOrderByKindAscNameAsc();

    List<CreditMeasure> findByStatusOrderByKindAscNameAsc(MeasureStatus status);

    boolean existsByNameAndIdNot(String name, String id);
}
