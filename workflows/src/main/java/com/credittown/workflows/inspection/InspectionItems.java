package com.credittown.workflows.inspection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The drawn subjects of the current tenant's plans (every tenant's in the city's read path). */
interface InspectionItems extends Repository<InspectionItem, Long> {

    InspectionItem save(InspectionItem item);

    Optional<InspectionItem> findById(Long id);

    List<InspectionItem> findByPlanIdInOrderByPlanIdAscDrawOrderAsc(Collection<Long> planIds);
}
