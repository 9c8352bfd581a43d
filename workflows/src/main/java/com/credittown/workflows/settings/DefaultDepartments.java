package com.credittown.workflows.settings;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantProvisioningStep;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a new tenant the departments of {@code settings/default-departments.csv} (the deciding departments of the
 * credit-repair template), so its administrator starts from them. Idempotent; never touches a tenant's own changes.
 */
@Component
class DefaultDepartments implements TenantProvisioningStep {

    private final Departments departments;
    private final SettingsVersions versions;
    private final List<String[]> defaults;

    DefaultDepartments(Departments departments, SettingsVersions versions) {
        this.departments = departments;
        this.versions = versions;
        this.defaults = read();
    }

    @Override
    public String name() {
        return "default-departments";
    }

    @Override
    @Transactional
    public boolean provision(Tenant tenant) {
        // once the administrator changed anything, the settings are theirs
        if (!departments.findAllByOrderByCodeAsc().isEmpty() || versions.findFirstByOrderByVersionDesc().isPresent()) {
            return false;
        }
        defaults.forEach(row -> departments.save(new Department(row[0], row[1])));
        return true;
    }

    private static List<String[]> read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("settings/default-departments.csv").getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", 2)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
