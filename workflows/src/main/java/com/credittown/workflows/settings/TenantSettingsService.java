package com.credittown.workflows.settings;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.identity.DepartmentAssignments;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.workflows.district.District;
import com.credittown.workflows.district.DistrictService;
import com.credittown.workflows.district.NewDistrict;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant's settings: departments and their reviewers, integrity districts, contact details. Only the tenant's
 * administrator changes them; the city office reads any tenant's. Every change is a new numbered version (who,
 * when, what) and an audit entry, in the same transaction as the change itself.
 */
@Service
@Allowed(Permission.SETTINGS_READ)
public class TenantSettingsService {

    static final String AUDIT_SUBJECT = "tenant-settings";
    private static final Logger log = LoggerFactory.getLogger(TenantSettingsService.class);

    private final Departments departments;
    private final DepartmentReviewers reviewers;
    private final TenantContacts contacts;
    private final SettingsVersions versions;
    private final DistrictService districts;
    private final DepartmentAssignments keycloak;
    private final ReviewerSync sync;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    TenantSettingsService(Departments departments, DepartmentReviewers reviewers, TenantContacts contacts,
                          SettingsVersions versions, DistrictService districts, DepartmentAssignments keycloak,
                          ReviewerSync sync, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.departments = departments;
        this.reviewers = reviewers;
        this.contacts = contacts;
        this.versions = versions;
        this.districts = districts;
        this.keycloak = keycloak;
        this.sync = sync;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The tenant's settings now. */
    public TenantSettings current() {
        TransactionTemplate read = new TransactionTemplate(transaction.getTransactionManager());
        read.setReadOnly(true);
        return read.execute(status -> {
            List<DepartmentReviewer> all = reviewers.findByRemovedFalseOrderByDepartmentCodeAscUsernameAsc();
            List<TenantSettings.DepartmentView> views = departments.findAllByOrderByCodeAsc().stream()
                    .map(d -> new TenantSettings.DepartmentView(d.code(), d.name(), all.stream()
                            .filter(r -> r.departmentCode().equals(d.code()))
                            .map(r -> new TenantSettings.ReviewerView(r.username(), r.syncState().name(),
                                    r.lastError()))
                            .toList()))
                    .toList();
            return new TenantSettings(latestVersion(), views, districts.list().stream()
                    .map(d -> new TenantSettings.DistrictSetting(d.id(), d.name(), d.kind(), d.address(), d.closed()))
                    .toList(),
                    contacts.findFirstByOrderByIdAsc().map(TenantContact::details));
        });
    }

    /** Every version, newest first. */
    public List<SettingsChange> history() {
        TransactionTemplate read = new TransactionTemplate(transaction.getTransactionManager());
        read.setReadOnly(true);
        return read.execute(status -> versions.findAllByOrderByVersionDesc().stream()
                .map(SettingsVersion::describe).toList());
    }

    @Allowed(Permission.SETTINGS_EDIT)
    public SettingsChange addDepartment(String code, String name, String actor) {
        new SettingsInput().departmentCode("code", code).text("name", name, 100).check();
        String c = SettingsInput.clean(code);
        String n = SettingsInput.clean(name);
        return change("departments", actor, () -> {
            departments.findByCode(c).ifPresent(existing -> {
                throw new ConflictException("The department " + c + " exists already");
            });
            departments.save(new Department(c, n));
            return "新增部门 " + c + "（" + n + "）";
        });
    }

    @Allowed(Permission.SETTINGS_EDIT)
    public SettingsChange renameDepartment(String code, String name, String actor) {
        new SettingsInput().text("name", name, 100).check();
        String n = SettingsInput.clean(name);
        return change("departments", actor, () -> {
            Department department = department(code);
            String old = department.name();
            department.rename(n);
            return "部门 " + code + " 更名：" + old + " → " + n;
        });
    }

    @Allowed(Permission.SETTINGS_EDIT)
    public SettingsChange removeDepartment(String code, String actor) {
        return change("departments", actor, () -> {
            Department department = department(code);
            if (reviewers.countByDepartmentCodeAndRemovedFalse(code) > 0) {
                throw new ConflictException("The department " + code + " still has reviewers; remove them first");
            }
            departments.delete(department);
            return "删除部门 " + code + "（" + department.name() + "）";
        });
    }

    /**
     * Makes a user of the tenant a reviewer of a department. Keycloak gets the user's department now if it can be
     * reached, else later (the row stays pending and is retried): the settings are the source.
     */
    @Allowed(Permission.SETTINGS_EDIT)
    public SettingsChange addReviewer(String departmentCode, String username, String actor) {
        new SettingsInput().username("username", username).check();
        String user = SettingsInput.clean(username);
        String tenant = TenantContext.require().code();
        verifyUserOfTenant(tenant, user);
        SettingsChange change = change("reviewers", actor, () -> {
            department(departmentCode);
            Optional<DepartmentReviewer> existing = reviewers.findByUsername(user);
            if (existing.isPresent() && !existing.get().removed()) {
                throw new ConflictException(user + " already reviews for " + existing.get().departmentCode());
            }
            existing.ifPresentOrElse(r -> r.assign(departmentCode, clock.instant()),
                    () -> reviewers.save(new DepartmentReviewer(departmentCode, user, clock.instant())));
            return "部门 " + departmentCode + " 新增审核人 " + user;
        });
        sync.syncPending();
        return change;
    }

    @Allowed(Permission.SETTINGS_EDIT)
    public SettingsChange removeReviewer(String username, String actor) {
        SettingsChange change = change("reviewers", actor, () -> {
            DepartmentReviewer reviewer = reviewers.findByUsername(SettingsInput.clean(username))
                    .filter(r -> !r.removed())
                    .orElseThrow(() -> new NotFoundException("Unknown reviewer",
                            "No reviewer '" + username + "' exists for this tenant."));
            reviewer.remove(clock.instant());
            return "部门 " + reviewer.departmentCode() + " 移除审核人 " + reviewer.username();
        });
        sync.syncPending();
        return change;
    }

    @Allowed(Permission.SETTINGS_EDIT)
    public SettingsChange createDistrict(NewDistrict district, String actor) {
        return change("districts", actor, () -> {
            District created = districts.create(district, actor);
            return "新建诚信商圈 " + created.name() + "（" + created.kind() + "）";
        });
    }

    @Allowed(Permission.SETTINGS_EDIT)
    public SettingsChange renameDistrict(String districtId, String name, String actor) {
        return change("districts", actor, () -> {
            String old = districts.district(districtId).name();
            District renamed = districts.rename(districtId, name, actor);
            return "诚信商圈更名：" + old + " → " + renamed.name();
        });
    }

    @Allowed(Permission.SETTINGS_EDIT)
    public SettingsChange closeDistrict(String districtId, String actor) {
        return change("districts", actor, () -> {
            District district = districts.district(districtId);
            if (district.closed()) {
                throw new ConflictException("The district " + district.name() + " is closed already");
            }
            districts.close(districtId, actor);
            return "关闭诚信商圈 " + district.name();
        });
    }

    @Allowed(Permission.SETTINGS_EDIT)
    public SettingsChange updateContact(ContactDetails details, String actor) {
        ContactDetails given = details == null ? new ContactDetails(null, null, null, null) : details;
        new SettingsInput().text("officeName", given.officeName(), 100).text("address", given.address(), 300)
                .phone("phone", given.phone()).email("email", given.email()).check();
        ContactDetails clean = new ContactDetails(SettingsInput.clean(given.officeName()),
                SettingsInput.clean(given.address()), SettingsInput.clean(given.phone()),
                SettingsInput.clean(given.email()));
        return change("contact", actor, () -> {
            Optional<TenantContact> existing = contacts.findFirstByOrderByIdAsc();
            existing.ifPresentOrElse(c -> c.update(clean), () -> contacts.save(new TenantContact(clean)));
            return "联系方式：" + clean.officeName() + "；" + clean.address() + "；" + clean.phone() + "；"
                    + clean.email();
        });
    }

    /** Runs one change and records its version and audit entry with it: all or nothing. */
    private SettingsChange change(String section, String actor, java.util.function.Supplier<String> work) {
        return transaction.execute(status -> {
            String what = work.get();
            int next = latestVersion() + 1;
            SettingsVersion version = versions.save(new SettingsVersion(next, section, what, actor, clock.instant()));
            audit.record(actor, "SETTINGS_CHANGED", AUDIT_SUBJECT, TenantContext.require().code(),
                    "v" + next + " " + section + ": " + what);
            return version.describe();
        });
    }

    private int latestVersion() {
        return versions.findFirstByOrderByVersionDesc().map(SettingsVersion::version).orElse(0);
    }

    private Department department(String code) {
        return departments.findByCode(code == null ? "" : code).orElseThrow(() -> new NotFoundException(
                "Unknown department", "No department '" + code + "' exists for this tenant."));
    }

    /** A user of another tenant, or none, is refused alike; an unreachable Keycloak defers the check. */
    private void verifyUserOfTenant(String tenant, String username) {
        DepartmentAssignments.Outcome outcome;
        try {
            outcome = keycloak.check(tenant, username);
        } catch (jakarta.ws.rs.NotFoundException noRealmOrOrganisation) {
            outcome = DepartmentAssignments.Outcome.UNKNOWN_USER;
        } catch (RuntimeException unreachable) {
            log.warn("Keycloak unreachable; reviewer {} of {} stored pending: {}", username, tenant,
                    unreachable.toString());
            return;
        }
        if (outcome != DepartmentAssignments.Outcome.DONE) {
            SettingsInput input = new SettingsInput();
            input.problem("username", "unknown-user", "No user '" + username + "' belongs to this tenant.");
            input.check();
        }
    }
}
