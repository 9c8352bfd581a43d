package com.credittown.workflows.measure.internal;

import com.credittown.workflows.measure.CreditMeasure;
import com.credittown.workflows.measure.MeasureStatus;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The city's catalogue of credit measures. */
public interface CreditMeasures extends JpaRepository<CreditMeasure, String> {

    List<CreditMeasure> findAllByOrderByKindAscNameAsc();

    List<CreditMeasure> findByStatusOrderByKindAscNameAsc(MeasureStatus status);

    boolean existsByNameAndIdNot(String name, String id);
}
