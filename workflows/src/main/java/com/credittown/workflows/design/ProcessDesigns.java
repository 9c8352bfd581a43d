package com.credittown.workflows.design;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's designs (the tenant filter is Hibernate's, from the tenant context). */
interface ProcessDesigns extends Repository<ProcessDesign, String> {

    ProcessDesign save(ProcessDesign design);

    Optional<ProcessDesign> findByProcessKey(String processKey);

    List<ProcessDesign> findAllByOrderByProcessKeyAsc();

    /**
     * The design locked for an update until the transaction ends, so two saves of the same draft (two browser tabs)
     * run one after the other and the second sees the mode the first left.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    Optional<ProcessDesign> findLockedByProcessKey(String processKey);
}
