package com.credittown.workflows.supervision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's notices from the city office (the tenant filter is applied by Hibernate). */
interface SupervisionNotices extends JpaRepository<SupervisionNotice, String> {

    List<SupervisionNotice> findAllByOrderBySentAtDescIdAsc();

    Optional<SupervisionNotice> findByCaseId(String caseId);
}
