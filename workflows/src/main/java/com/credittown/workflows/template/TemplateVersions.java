package com.credittown.workflows.template;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's published template versions (append-only). */
interface TemplateVersions extends Repository<TemplateVersion, String> {

    TemplateVersion save(TemplateVersion version);

    Optional<TemplateVersion> findFirstByProcessKeyOrderByVersionDesc(String processKey);

    List<TemplateVersion> findByProcessKeyOrderByVersionDesc(String processKey);
}
