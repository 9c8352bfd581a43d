package com.credittown.workflows.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's departments. */
interface Departments extends Repository<Department, Long> {
    Department save(Department department);
    List<Department> findAllByOrderByCodeAsc();
    Optional<Department> findByCode(String code);
    void delete(Department department);
}
