package com.credittown.platform.tenancy;

import org.springframework.data.jpa.repository.JpaRepository;

/** The registered tenants. Not tenant-scoped: the catalogue itself. */
public interface Tenants extends JpaRepository<Tenant, String> {
}
