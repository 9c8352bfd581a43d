package com.credittown.workflows.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's drawn plans (every tenant's in the city's read path); never deleted. */
interface InspectionPlanRows extends Repository<InspectionPlan, Long> {

    InspectionPlan save(InspectionPlan plan);

    Optional<InspectionPlan> findById(Long id);

    List<InspectionPlan> findAllByOrderByIdDesc();
}
