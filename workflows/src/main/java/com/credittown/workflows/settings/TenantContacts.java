package com.credittown.workflows.settings;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's contact details (at most one row). */
interface TenantContacts extends Repository<TenantContact, Long> {
    TenantContact save(TenantContact contact);
    Optional<TenantContact> findFirstByOrderByIdAsc();
}
