package com.credittown.platform.identity;

import java.util.Set;

/**
 * What a user may do, and which realm roles may do it: the one table of who may do what. Services declare the
 * permission a method needs ({@link Allowed}); pages declare the permission they need to open and ask
 * {@link AccessPolicy} which actions to show; the URL rules only require a login.
 */
public enum Permission {

    /** Read the city's credit archive (what of it: {@code ArchiveAccess}); a merchant its own subject. */
    ARCHIVE_READ(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE, Roles.MERCHANT),
    /** Register subjects and record credit information for the tenant; end or archive the tenant's own records. */
    ARCHIVE_WRITE(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR),
    /** Issue a credit report (a merchant: on its own subject). */
    CREDIT_REPORT(Roles.OFFICER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE, Roles.MERCHANT),
    /** Link a self-registered merchant account to its subject. */
    MERCHANT_LINK(Roles.OFFICER, Roles.ADMINISTRATOR),
    /** Import 双公示 files and read the tenant's imports. */
    IMPORT(Roles.OFFICER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /** The search box. */
    SEARCH(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /** Rebuild the search indices. */
    SEARCH_ADMIN(Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /** Read the city's templates and the tenant's adaptations. */
    TEMPLATE_READ(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE, Roles.MERCHANT),
    /** Publish an adaptation of a city template for the tenant. */
    TEMPLATE_PUBLISH(Roles.ADMINISTRATOR),
    /** Read the tenant's process designs. */
    DESIGN_READ(Roles.OFFICER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /** Design, validate and simulate the tenant's processes. */
    DESIGN_EDIT(Roles.OFFICER, Roles.ADMINISTRATOR),
    /** Publish a tenant's process design. */
    DESIGN_PUBLISH(Roles.ADMINISTRATOR),
    /** Start a case of the tenant's processes. */
    CASE_START(Roles.OFFICER, Roles.ADMINISTRATOR),
    /**
     * Read a case and one's own inbox (which cases: a merchant only those about its own subject; which tasks:
     * candidate groups and holders decide).
     */
    CASE_READ(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE, Roles.MERCHANT),
    /** Read cases and work tasks (which ones: candidate groups and holders decide). */
    CASE_WORK(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /** Claim or hand back a task (the city office works only the city's own steps and claims none). */
    TASK_CLAIM(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR),
    /**
     * Task operations (docs/task-operations.md): transfer (转办), delegate (委派), return (退回), copy (抄送), withdraw
     * (撤回) and add a co-signer (加签). Which task: the one the caller holds (a tenant administrator: any task of the
     * tenant); the city office works only its own steps and holds none of this.
     */
    TASK_OPERATE(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR),
    /** Add an attachment to a case. */
    ATTACHMENT_ADD(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR),
    /** Read the tenant's districts and member shops. */
    DISTRICT_READ(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE, Roles.MERCHANT),
    /** Create districts and record complaints and inspections. */
    DISTRICT_MANAGE(Roles.OFFICER, Roles.ADMINISTRATOR),
    /** Read the tenant's settings. */
    SETTINGS_READ(Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /** Change the tenant's settings. */
    SETTINGS_EDIT(Roles.ADMINISTRATOR),
    /** Read the tenant's assessment ledger. */
    LEDGER_READ(Roles.OFFICER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /** Read the notices the city sent the tenant. */
    SUPERVISION_READ(Roles.OFFICER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /** Read the tenant's key-task copies. */
    KEY_TASK_READ(Roles.OFFICER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /** Update the tenant's key-task copies. */
    KEY_TASK_UPDATE(Roles.OFFICER, Roles.ADMINISTRATOR),
    /** Read and verify the tenant's audit trail (the city office: every tenant's). */
    AUDIT_READ(Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /**
     * Propose a subject for the severe-dishonesty list (严重失信主体名单) on the tenant's own severe records, serve the
     * prior notice and read the tenant's proposals.
     */
    SEVERE_LIST_PROPOSE(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR),
    /** Decide on inclusion in the severe-dishonesty list and remove subjects from it: the city office. */
    SEVERE_LIST_DECIDE(Roles.CITY_OFFICE),
    /** Read who is on the severe-dishonesty list (it is published: every officer). */
    SEVERE_LIST_READ(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /** Read the city's catalogue of credit measures (信用措施清单) and the tenant's applications of them. */
    MEASURE_READ(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /** Apply a measure of the catalogue in use to a subject, and record its effect (效果反馈). */
    MEASURE_APPLY(Roles.OFFICER, Roles.ADMINISTRATOR),
    /**
     * Keep the tenant's governance ledger of severe dishonest market entities (严重违法失信市场主体管理台账, plan (四)):
     * bring it up to date from the archive, record prompt and warning interviews and the rectification follow-up.
     */
    GOVERNANCE_LEDGER(Roles.OFFICER, Roles.ADMINISTRATOR),
    /** Draw, read and export the tenant's graded inspection plans (双随机 by credit grade, plan (十八)); record results. */
    INSPECTION_PLAN(Roles.OFFICER, Roles.ADMINISTRATOR),
    /**
     * Raise an objection (异议申诉) against a record of the city's archive or a repair result on a subject's behalf
     * (the merchant raises its own through {@link #MERCHANT_PORTAL}).
     */
    OBJECTION_RAISE(Roles.OFFICER, Roles.ADMINISTRATOR),
    /** Examine and decide the objections against the records the tenant recorded (the city office reads all). */
    OBJECTION_EXAMINE(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /**
     * Read the tenant's part of the code clean-up report (统一社会信用代码重错码清理, plan (二)): wrong codes, one code under
     * several names, likely duplicate registrations (the city office reads every tenant's).
     */
    CODE_CLEANUP_READ(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /**
     * Work the tenant's clean-up items (已核实更正, 确认无误, 转数源单位) and detect them again; the city office works the
     * city's own items and detects for every tenant.
     */
    CODE_CLEANUP_WORK(Roles.OFFICER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE),
    /** The city office's own work: dashboard, ledgers of every tenant, key tasks, notices, the calendar. */
    CITY_OFFICE(Roles.CITY_OFFICE),
    /** The merchant portal: a merchant acts for its own subject. */
    MERCHANT_PORTAL(Roles.MERCHANT),
    /** Notifications: every user reads and marks its own (and its groups'). */
    NOTIFICATIONS(Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE, Roles.MERCHANT),
    /** The platform's own work (timers, jobs): no user holds it. */
    SYSTEM(),
    /** What the public reads and does without logging in (notices, objections, the report check): everyone. */
    PUBLIC();

    private final Set<String> roles;

    Permission(String... roles) {
        this.roles = Set.of(roles);
    }

    /** The realm roles that hold it. */
    public Set<String> roles() {
        return roles;
    }
}
