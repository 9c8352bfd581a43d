package com.credittown.workflows.district;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's districts (the tenant filter is applied by Hibernate, see TenantScoped). */
public interface Districts extends JpaRepository<District, String> {

    List<District> findAllByOrderByNameAsc();

    Optional<District> findByName(String name);
}
