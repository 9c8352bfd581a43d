package com.credittown.workflows.keytask;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.CityReads;
import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.workflows.keytask.internal.KeyTaskAssignments;
import com.credittown.workflows.keytask.internal.KeyTaskRevisions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key-task ledger (重点任务工作台账): the city office assigns key tasks to tenants and follows them; each tenant
 * keeps and updates its own copy. A tenant's copies are its rows (Hibernate's tenant filter), so a tenant reaches
 * only its own; the city reads each tenant's copies inside that tenant's context. Every update of a copy is a new
 * revision with who, when and what changed, and an audit entry.
 */
@Service
@Allowed(Permission.CITY_OFFICE)
public class KeyTaskLedger {

    static final String AUDIT_TYPE = "key-task";
    static final int MAX_REMINDER_WORKING_DAYS = 60;

    private final KeyTasks tasks;
    private final KeyTaskAssignments copies;
    private final KeyTaskRevisions revisions;
    private final TenantDirectory directory;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final TransactionTemplate transaction;
    private final CityReads cityReads;
    private final CityWrites cityWrites;

    KeyTaskLedger(KeyTasks tasks, KeyTaskAssignments copies, KeyTaskRevisions revisions, TenantDirectory directory,
                  WorkingDayCalendar calendar, AuditLog audit, PlatformClock clock,
                  PlatformTransactionManager transactions, CityReads cityReads, CityWrites cityWrites) {
        this.cityReads = cityReads;
        this.cityWrites = cityWrites;
        this.tasks = tasks;
        this.copies = copies;
        this.revisions = revisions;
        this.directory = directory;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    // ------------------------------------------------------------------ the city office

    /** Assigns a key task to the named tenants, each getting its own copy. Invalid input assigns nothing. */
    public KeyTaskView assign(NewKeyTask request, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = KeyTaskInput.required("title", request.title(), 200, problems);
        String description = KeyTaskInput.required("description", request.description(), 4000, problems);
        String basis = KeyTaskInput.required("basis", request.basis(), 300, problems);
        String ownerUnit = KeyTaskInput.required("ownerUnit", request.ownerUnit(), 100, problems);
        LocalDate deadline = KeyTaskInput.date("deadline", request.deadline(), true, problems);
        LocalDate today = LocalDate.now(clock);
        if (deadline != null && deadline.isBefore(today)) {
            problems.add(new FieldProblem("deadline", "past", "must not be before today (" + today + ")"));
        }
        Integer reminder = request.reminderWorkingDays();
        if (reminder != null && (reminder < 1 || reminder > MAX_REMINDER_WORKING_DAYS)) {
            problems.add(new FieldProblem("reminderWorkingDays", "out-of-range",
                    "between 1 and " + MAX_REMINDER_WORKING_DAYS));
        }
        List<Tenant> tenants = tenants(request.tenants(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WorkingDayAnswer<LocalDate> remindOn = reminder == null ? null
                : ReminderDay.before(calendar, deadline, reminder);
        // one transaction for the city's task and every town's copy: all are assigned, or none
        KeyTask task = cityWrites.write(() -> {
            KeyTask saved = tasks.save(new KeyTask(title, description, basis, ownerUnit, deadline, reminder,
                    remindOn == null ? null : remindOn.value(), remindOn != null && remindOn.flagged(),
                    clock.instant(), actor));
            // each town's audit chain is locked in code order, so two assignments never wait for each other
            for (Tenant tenant : tenants.stream().sorted(Comparator.comparing(t -> t.id().code())).toList()) {
                KeyTaskAssignment copy = copies.save(KeyTaskAssignment.forTenant(tenant.id(), saved.id(),
                        clock.instant(), actor));
                revisions.save(KeyTaskRevision.forTenant(tenant.id(), copy, "assigned by the city office, due "
                        + deadline));
                audit.recordFor(tenant.id(), actor, "KEY_TASK_ASSIGNED", AUDIT_TYPE, copy.id(), saved.title() + " ("
                        + saved.id() + "), due " + deadline);
            }
            return saved;
        });
        return one(task.id());
    }

    /** Every key task with each assigned tenant's copy, by deadline (the city's read path: one query for copies). */
    public List<KeyTaskView> all() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Tenant> byCode = tenantsByCode();
        return cityReads.read(() -> {
            Map<String, List<TenantKeyTask>> byTask = new java.util.HashMap<>();
            List<KeyTask> all = tasks.findAllByOrderByDeadlineAscCreatedAtAsc();
            Map<String, KeyTask> byId = all.stream().collect(Collectors.toMap(KeyTask::id, Function.identity()));
            for (KeyTaskAssignment copy : copies.findAll()) {
                KeyTask task = byId.get(copy.keyTaskId());
                Tenant tenant = byCode.get(copy.getTenantId());
                if (task != null && tenant != null) {
                    byTask.computeIfAbsent(task.id(), id -> new ArrayList<>())
                            .add(TenantKeyTask.of(task, copy, tenant.id().code(), tenant.nameZh(), today));
                }
            }
            return all.stream().map(task -> KeyTaskView.of(task, byTask.getOrDefault(task.id(), List.of()).stream()
                    .sorted(Comparator.comparing(TenantKeyTask::tenant)).toList())).toList();
        });
    }

    /** One key task with each assigned tenant's copy (the city's read path). */
    public KeyTaskView one(String keyTaskId) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Tenant> byCode = tenantsByCode();
        return cityReads.read(() -> {
            KeyTask task = task(keyTaskId);
            List<TenantKeyTask> rows = new ArrayList<>();
            for (KeyTaskAssignment copy : copies.findAllByKeyTaskId(task.id())) {
                Tenant tenant = byCode.get(copy.getTenantId());
                if (tenant != null) {
                    rows.add(TenantKeyTask.of(task, copy, tenant.id().code(), tenant.nameZh(), today));
                }
            }
            rows.sort(Comparator.comparing(TenantKeyTask::tenant));
            return KeyTaskView.of(task, rows);
        });
    }

    /** The revisions of one tenant's copy, oldest first, for the city office (the city's read path). */
    public List<KeyTaskView.Revision> history(String keyTaskId, String tenantCode) {
        Tenant tenant = directory.find(tenantCode).orElseThrow(() -> notFound(keyTaskId));
        return cityReads.read(() -> {
            KeyTaskAssignment copy = copies.findAllByKeyTaskId(keyTaskId).stream()
                    .filter(c -> tenant.id().code().equals(c.getTenantId())).findFirst()
                    .orElseThrow(() -> notFound(keyTaskId));
            return revisions.findByAssignmentIdOrderByRevisionAsc(copy.id()).stream().map(KeyTaskView.Revision::of)
                    .toList();
        });
    }

    private Map<String, Tenant> tenantsByCode() {
        return directory.all().stream().collect(Collectors.toMap(t -> t.id().code(), Function.identity()));
    }

    // ------------------------------------------------------------------ a tenant

    /** The current tenant's copies, by deadline. */
    @Allowed(Permission.KEY_TASK_READ)
    public List<TenantKeyTask> ofCurrentTenant() {
        Tenant tenant = currentTenant();
        LocalDate today = LocalDate.now(clock);
        List<KeyTaskAssignment> mine = copies.findAll();
        Map<String, KeyTask> byId = tasks.findAllById(mine.stream().map(KeyTaskAssignment::keyTaskId).toList())
                .stream().collect(Collectors.toMap(KeyTask::id, Function.identity()));
        return mine.stream()
                .map(copy -> TenantKeyTask.of(byId.get(copy.keyTaskId()), copy, tenant.id().code(), tenant.nameZh(),
                        today))
                .sorted(Comparator.comparing(TenantKeyTask::deadline).thenComparing(TenantKeyTask::title))
                .toList();
    }

    /** The current tenant's copy of a key task; a task not assigned to it is answered like an unknown one. */
    @Allowed(Permission.KEY_TASK_READ)
    public TenantKeyTask ofCurrentTenant(String keyTaskId) {
        Tenant tenant = currentTenant();
        KeyTaskAssignment copy = copy(keyTaskId);
        return TenantKeyTask.of(task(keyTaskId), copy, tenant.id().code(), tenant.nameZh(), LocalDate.now(clock));
    }

    /** The revisions of the current tenant's copy, oldest first. */
    @Allowed(Permission.KEY_TASK_READ)
    public List<KeyTaskView.Revision> historyOfCurrentTenant(String keyTaskId) {
        KeyTaskAssignment copy = copy(keyTaskId);
        return revisions.findByAssignmentIdOrderByRevisionAsc(copy.id()).stream().map(KeyTaskView.Revision::of)
                .toList();
    }

    /**
     * Updates the current tenant's copy: a new revision with what changed, and an audit entry. An update that
     * changes nothing records nothing. Must run inside the tenant's context (the request filter sets it).
     */
    @Allowed(Permission.KEY_TASK_UPDATE)
    public TenantKeyTask update(String keyTaskId, KeyTaskUpdate update, String actor) {
        Tenant tenant = currentTenant();
        return transaction.execute(status -> {
            KeyTaskAssignment copy = copy(keyTaskId);
            KeyTask task = task(keyTaskId);
            List<FieldProblem> problems = new ArrayList<>();
            String owner = KeyTaskInput.optional("ownerPerson", update.ownerPerson(), 100, problems);
            KeyTaskState state = KeyTaskInput.state(update.status(), problems);
            String note = KeyTaskInput.optional("progressNote", update.progressNote(), 2000, problems);
            LocalDate completedOn = KeyTaskInput.date("completedOn", update.completedOn(), false, problems);
            LocalDate today = LocalDate.now(clock);
            if (state == KeyTaskState.DONE && completedOn == null && update.completedOn() == null) {
                problems.add(new FieldProblem("completedOn", "required", "is required when the status is DONE"));
            } else if (state != null && state != KeyTaskState.DONE && completedOn != null) {
                problems.add(new FieldProblem("completedOn", "only-when-done", "only a DONE task has one"));
            } else if (completedOn != null && completedOn.isAfter(today)) {
                problems.add(new FieldProblem("completedOn", "future", "must not be after today (" + today + ")"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            if (update.version() != null && update.version() != copy.version()) {
                throw new ConflictException("This key task was changed meanwhile (now revision " + copy.revision()
                        + " by " + copy.updatedBy() + "); reload it and apply your change again.");
            }
            String changes = KeyTaskChanges.of(copy, owner, state, note, completedOn);
            if (!changes.isEmpty()) {
                copy.update(owner, state, note, completedOn, clock.instant(), actor);
                revisions.save(new KeyTaskRevision(copy, changes));
                audit.record(actor, "KEY_TASK_UPDATED", AUDIT_TYPE, copy.id(), "revision " + copy.revision() + ": "
                        + changes);
                copies.saveAndFlush(copy);
            }
            return TenantKeyTask.of(task, copy, tenant.id().code(), tenant.nameZh(), today);
        });
    }

    // ------------------------------------------------------------------ internals

    private List<Tenant> tenants(List<String> codes, List<FieldProblem> problems) {
        if (codes == null || codes.isEmpty()) {
            problems.add(new FieldProblem("tenants", "required", "name at least one tenant"));
            return List.of();
        }
        Set<String> unique = new LinkedHashSet<>();
        List<Tenant> found = new ArrayList<>();
        for (String code : codes) {
            if (code == null || !unique.add(code)) {
                problems.add(new FieldProblem("tenants", "duplicate", "each tenant once: " + code));
                continue;
            }
            directory.find(code).ifPresentOrElse(found::add, () ->
                    problems.add(new FieldProblem("tenants", "unknown-tenant", "no tenant '" + code + "' exists")));
        }
        return found;
    }

    private KeyTaskAssignment copy(String keyTaskId) {
        return copies.findByKeyTaskId(keyTaskId == null ? "" : keyTaskId).orElseThrow(() -> notFound(keyTaskId));
    }

    private KeyTask task(String keyTaskId) {
        return tasks.findById(keyTaskId == null ? "" : keyTaskId).orElseThrow(() -> notFound(keyTaskId));
    }

    private Tenant currentTenant() {
        String code = TenantContext.require().code();
        return directory.find(code).orElseThrow(() -> new IllegalStateException("Unknown tenant " + code));
    }

    private static NotFoundException notFound(String keyTaskId) {
        return new NotFoundException("Unknown key task", "No key task '" + keyTaskId + "' exists for this tenant.");
    }
}
