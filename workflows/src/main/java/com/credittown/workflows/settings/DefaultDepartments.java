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
    private final DepartmentReviewers reviewers;
    private final boolean demoUsers;
    private final java.time.Clock clock;
    private final List<String[]> defaults;

    DefaultDepartments(Departments departments, SettingsVersions versions, DepartmentReviewers reviewers,
                       @org.springframework.beans.factory.annotation.Value("${credittown.identity.demo-users:true}")
                       boolean demoUsers, java.time.Clock clock) {
        this.departments = departments;
        this.versions = versions;
        this.reviewers = reviewers;
        this.demoUsers = demoUsers;
        this.clock = clock;
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
        seedDemoReviewers(tenant);
        return true;
    }

    /**
     * The demo reviewers of {@code identity/demo-users.csv} (provisioned into Keycloak with their department by
     * the tenants module) appear in the settings as reviewers Keycloak already knows, so the settings show the
     * routing that is in force.
     */
    private void seedDemoReviewers(Tenant tenant) {
        ClassPathResource demo = new ClassPathResource("identity/demo-users.csv");
        if (!demoUsers || !demo.exists()) {
            return;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(demo.getInputStream(),
                StandardCharsets.UTF_8))) {
            reader.lines().skip(1).map(line -> line.split(",", -1))
                    .filter(row -> row.length > 4 && row[2].equals(tenant.id().code()) && !row[4].isBlank())
                    .filter(row -> departments.findByCode(row[4]).isPresent())
                    .filter(row -> reviewers.findByUsername(row[0]).isEmpty())
                    .forEach(row -> {
                        DepartmentReviewer reviewer = new DepartmentReviewer(row[4], row[0], clock.instant());
                        reviewer.synced();
                        reviewers.save(reviewer);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
