package com.credittown.workflows.design;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's published design versions (append-only). */
interface DesignVersions extends Repository<DesignVersion, String> {

    DesignVersion save(DesignVersion version);

    Optional<DesignVersion> findByProcessKeyAndVersion(String processKey, int version);

    Optional<DesignVersion> findFirstByProcessKeyOrderByVersionDesc(String processKey);

    Optional<DesignVersion> findByDeploymentId(String deploymentId);

    List<DesignVersion> findByProcessKeyOrderByVersionDesc(String processKey);
}
