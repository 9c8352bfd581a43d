package com.credittown.workflows.design;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's designs (the tenant filter is Hibernate's, from the tenant context). */
interface ProcessDesigns extends Repository<ProcessDesign, String> {

    ProcessDesign save(ProcessDesign design);

    Optional<ProcessDesign> findByProcessKey(String processKey);

    List<ProcessDesign> findAllByOrderByProcessKeyAsc();
}
