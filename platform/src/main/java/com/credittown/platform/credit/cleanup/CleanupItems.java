package com.credittown.platform.credit.cleanup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The report's items; city-level (the owner is a column, see CodeCleanup). */
interface CleanupItems extends Repository<CleanupItem, Long> {

    CleanupItem save(CleanupItem item);

    Optional<CleanupItem> findById(Long id);

    Optional<CleanupItem> findByKey(String key);

    List<CleanupItem> findByOwnerTenantOrderByStatusAscKindAscIdAsc(String ownerTenant);

    List<CleanupItem> findAllByOrderByOwnerTenantAscStatusAscKindAscIdAsc();

    /** The city's figures: items per owner, kind and status (one query grouped by owner, not one per tenant). */
    @Query("select new com.credittown.platform.credit.cleanup.CleanupFigure(i.ownerTenant, i.kind, i.status,"
            + " count(i), sum(i.occurrences)) from CleanupItem i group by i.ownerTenant, i.kind, i.status")
    List<CleanupFigure> figures();
}
