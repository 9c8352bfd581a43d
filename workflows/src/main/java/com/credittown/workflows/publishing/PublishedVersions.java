package com.credittown.workflows.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The current tenant's published versions of both origins (append-only); reached only through {@link Publishing}. */
interface PublishedVersions extends Repository<PublishedVersion, String> {

    PublishedVersion save(PublishedVersion version);

    Optional<PublishedVersion> findFirstByOriginAndProcessKeyOrderByVersionDesc(PublicationOrigin origin,
                                                                               String processKey);

    List<PublishedVersion> findByOriginAndProcessKeyOrderByVersionDesc(PublicationOrigin origin, String processKey);

    Optional<PublishedVersion> findByOriginAndProcessKeyAndVersion(PublicationOrigin origin, String processKey,
                                                                   int version);

    Optional<PublishedVersion> findByOriginAndDeploymentId(PublicationOrigin origin, String deploymentId);

    /** The latest version of each tenant in reach: one in a tenant's context, every tenant's for the city's reads. */
    @Query("select v from PublishedVersion v where v.origin = :origin and v.processKey = :processKey"
            + " and v.version = (select max(w.version) from PublishedVersion w where w.origin = v.origin"
            + " and w.processKey = v.processKey and w.tenantId = v.tenantId)")
    List<PublishedVersion> findLatestOfEachTenant(@Param("origin") PublicationOrigin origin,
                                                  @Param("processKey") String processKey);
}
