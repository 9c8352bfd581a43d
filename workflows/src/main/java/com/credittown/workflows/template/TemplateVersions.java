package com.credittown.workflows.template;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The current tenant's published template versions (append-only). */
interface TemplateVersions extends Repository<TemplateVersion, String> {

    TemplateVersion save(TemplateVersion version);

    Optional<TemplateVersion> findFirstByProcessKeyOrderByVersionDesc(String processKey);

    /** The latest version of each tenant in reach: one in a tenant's context, every tenant's for the city's reads. */
    @Query("select v from TemplateVersion v where v.processKey = :processKey and v.version = (select max(w.version)"
            + " from TemplateVersion w where w.processKey = v.processKey and w.tenantId = v.tenantId)")
    List<TemplateVersion> findLatestOfEachTenant(@Param("processKey") String processKey);

    List<TemplateVersion> findByProcessKeyOrderByVersionDesc(String processKey);
}
