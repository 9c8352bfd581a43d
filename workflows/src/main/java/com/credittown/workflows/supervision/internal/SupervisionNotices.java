package com.credittown.workflows.supervision.internal;

import com.credittown.workflows.supervision.SupervisionNotice;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's notices from the city office (the tenant filter is applied by Hibernate). */
public interface SupervisionNotices extends JpaRepository<SupervisionNotice, String> {

    List<SupervisionNotice> findAllByOrderBySentAtDescIdAsc();

    Optional<SupervisionNotice> findByCaseId(String caseId);
}
