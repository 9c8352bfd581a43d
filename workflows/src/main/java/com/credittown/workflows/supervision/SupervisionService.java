package com.credittown.workflows.supervision;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.CityReads;
import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.workflow.TenantProcesses;
import com.credittown.workflows.supervision.internal.SupervisionNotices;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The city office's notices, supervision requests and interview reminders (通知、督办、约谈提醒) to a tenant. Sending one
 * stores it in the tenant's rows and starts the platform-internal {@code city-supervision} process for that tenant,
 * whose only task (candidate group: the tenant's officers) is answered with a handling report. Each tenant's work
 * runs inside that tenant's context (the transaction opens inside it), so the tenant filter, and nothing here,
 * keeps one tenant's notices from another.
 */
@Service
@Allowed(Permission.CITY_OFFICE)
public class SupervisionService {

    public static final String PROCESS_KEY = "city-supervision";
    static final String AUDIT_TYPE = "supervision";
    static final int MAX_WORKING_DAYS = 60;

    private final SupervisionNotices notices;
    private final TenantDirectory directory;
    private final TenantProcesses processes;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final CityReads cityReads;
    private final CityWrites cityWrites;

    SupervisionService(SupervisionNotices notices, TenantDirectory directory, TenantProcesses processes,
                       WorkingDayCalendar calendar, AuditLog audit, PlatformClock clock, CityReads cityReads,
                       CityWrites cityWrites) {
        this.cityReads = cityReads;
        this.cityWrites = cityWrites;
        this.notices = notices;
        this.directory = directory;
        this.processes = processes;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends a notice to a tenant: it arrives as a task in the tenant's inbox. Invalid input sends nothing. */
    public SupervisionView send(NewSupervision request, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Tenant tenant = request.tenant() == null || request.tenant().isBlank() ? null
                : directory.find(request.tenant().strip()).orElse(null);
        if (tenant == null) {
            problems.add(request.tenant() == null || request.tenant().isBlank()
                    ? new FieldProblem("tenant", "required", "is required")
                    : new FieldProblem("tenant", "unknown-tenant", "no tenant '" + request.tenant() + "' exists"));
        }
        SupervisionKind kind = kind(request.kind(), problems);
        String title = text("title", request.title(), 200, problems);
        String body = text("text", request.text(), 4000, problems);
        Integer days = request.workingDays();
        if (days == null) {
            problems.add(new FieldProblem("workingDays", "required", "is required"));
        } else if (days < 1 || days > MAX_WORKING_DAYS) {
            problems.add(new FieldProblem("workingDays", "out-of-range", "between 1 and " + MAX_WORKING_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate today = LocalDate.now(clock);
        Deadline due = Deadline.afterWorkingDays(today, days, calendar);
        return cityWrites.inTenant(tenant.id(), () -> {
            SupervisionNotice notice = notices.save(new SupervisionNotice(kind, title, body, days, today,
                    clock.instant(), actor, due));
            Map<String, Object> variables = new HashMap<>();
            variables.put("noticeId", notice.id());
            variables.put("supervisionKind", kind.name());
            variables.put("title", title);
            variables.put("text", body);
            // the step's name is 办理市信用办${kindName}：${title}; its English (kinds included) is in the names file
            variables.put("kindName", kind.labelZh());
            variables.put("dueDate", due.date().toString());
            variables.put("dueAt", Date.from(due.passesAt()));
            variables.put("dueFlagged", due.flagged());
            notice.started(processes.startCase(PROCESS_KEY, notice.id(), actor, variables));
            audit.record(actor, "SUPERVISION_SENT", AUDIT_TYPE, notice.id(), kind + " to " + tenant.id().code()
                    + ": " + title + ", due " + due.date() + (due.flagged() ? " (calendar year missing)" : ""));
            return SupervisionView.of(notice, tenant.id().code(), tenant.nameZh(), today);
        });
    }

    /** The city office's list: every tenant's notices (or one tenant's), newest first (the city's read path). */
    public List<SupervisionView> sent(String tenantCode) {
        Tenant only = tenantCode == null || tenantCode.isBlank() ? null : tenant(tenantCode);
        Map<String, Tenant> tenants = new HashMap<>();
        directory.all().forEach(tenant -> tenants.put(tenant.id().code(), tenant));
        LocalDate today = LocalDate.now(clock);
        List<SupervisionView> all = new ArrayList<>();
        for (SupervisionNotice n : cityReads.read(notices::findAllByOrderBySentAtDescIdAsc)) {
            Tenant tenant = tenants.get(n.getTenantId());
            if (tenant != null && (only == null || only.id().equals(tenant.id()))) {
                all.add(SupervisionView.of(n, tenant.id().code(), tenant.nameZh(), today));
            }
        }
        all.sort(Comparator.comparing(SupervisionView::sentAt).reversed().thenComparing(SupervisionView::id));
        return all;
    }

    /** One notice of a tenant, for the city office (the city's read path). */
    public SupervisionView sentTo(String tenantCode, String noticeId) {
        Tenant tenant = tenant(tenantCode);
        return cityReads.read(() -> notices.findById(noticeId == null ? "" : noticeId))
                .filter(n -> tenant.id().code().equals(n.getTenantId()))
                .map(n -> SupervisionView.of(n, tenant.id().code(), tenant.nameZh(), LocalDate.now(clock)))
                .orElseThrow(() -> unknownNotice(noticeId));
    }

    /** The current tenant's notices from the city office, newest first. */
    @Allowed(Permission.SUPERVISION_READ)
    public List<SupervisionView> received() {
        Tenant tenant = currentTenant();
        LocalDate today = LocalDate.now(clock);
        return notices.findAllByOrderBySentAtDescIdAsc().stream()
                .map(n -> SupervisionView.of(n, tenant.id().code(), tenant.nameZh(), today)).toList();
    }

    /** One of the current tenant's notices; another tenant's id is answered like an unknown one. */
    @Allowed(Permission.SUPERVISION_READ)
    public SupervisionView received(String noticeId) {
        return find(currentTenant(), noticeId);
    }

    private SupervisionView find(Tenant tenant, String noticeId) {
        return notices.findById(noticeId == null ? "" : noticeId)
                .map(n -> SupervisionView.of(n, tenant.id().code(), tenant.nameZh(), LocalDate.now(clock)))
                .orElseThrow(() -> unknownNotice(noticeId));
    }

    private static NotFoundException unknownNotice(String noticeId) {
        return new NotFoundException("Unknown notice", "No notice '" + noticeId + "' exists for this tenant.");
    }

    private Tenant currentTenant() {
        String code = TenantContext.require().code();
        return directory.find(code).orElseThrow(() -> new IllegalStateException("Unknown tenant " + code));
    }

    private Tenant tenant(String code) {
        return directory.find(code).orElseThrow(() -> new NotFoundException("Unknown tenant",
                "No tenant '" + code + "' exists."));
    }

    private static SupervisionKind kind(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("kind", "required", "is required"));
            return null;
        }
        try {
            return SupervisionKind.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "invalid", "one of NOTICE, SUPERVISION, INTERVIEW_REMINDER"));
            return null;
        }
    }

    private static String text(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", "is required"));
            return null;
        }
        if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "too-long", "at most " + max + " characters"));
        }
        return value.strip();
    }
}
