package com.credittown.workflows.dashboard;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.tenancy.CityReads;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.OverdueTask;
import com.credittown.platform.workflow.DueTaskProjection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The city dashboard's overdue heat map: for every tenant, its open user tasks past their due date, grouped by
 * process and step, with how many working days (the city calendar, not calendar days) they are overdue.
 *
 * <p>A task is overdue from its due instant on. Its working days overdue are the working days from the city date of
 * its due instant up to and including today: a task due at 00:00 on Friday (the deadline was Thursday) is 1 working
 * day overdue all of Friday, and still 1 on the weekend after. Read through {@link DueTaskProjection} on the city
 * office's read path ({@link CityReads}): one query for every tenant, not one per tenant.
 */
@Service
@Allowed(Permission.CITY_OFFICE)
public class OverdueHeatMap {

    private final TenantDirectory directory;
    private final DueTaskProjection dueTasks;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final CityReads city;

    OverdueHeatMap(TenantDirectory directory, DueTaskProjection dueTasks, WorkingDayCalendar calendar, Clock clock,
                   CityReads city) {
        this.directory = directory;
        this.dueTasks = dueTasks;
        this.calendar = calendar;
        this.clock = clock;
        this.city = city;
    }

    /** Every tenant's cells (only steps with at least one overdue task), by tenant code, process and step. */
    public List<HeatCell> cells() {
        Instant now = clock.instant();
        Days days = new Days(now);
        Map<String, List<OverdueTask>> byTenant = new java.util.TreeMap<>();
        for (OverdueTask task : city.read(() -> dueTasks.overdueTasks(now))) {
            byTenant.computeIfAbsent(task.tenant(), t -> new ArrayList<>()).add(task);
        }
        Map<String, Tenant> tenants = new HashMap<>();
        directory.all().forEach(tenant -> tenants.put(tenant.id().code(), tenant));
        List<HeatCell> cells = new ArrayList<>();
        byTenant.forEach((tenant, tasks) -> {
            if (tenants.containsKey(tenant)) {
                cells.addAll(cellsOf(tenants.get(tenant), tasks, days));
            }
        });
        return cells;
    }

    /** A tenant's open tasks that are overdue, optionally only those of one process and step, most overdue first. */
    public List<OverdueCase> overdueCases(TenantId tenant, String processKey, String stepKey) {
        Instant now = clock.instant();
        Days days = new Days(now);
        return city.read(() -> dueTasks.overdueTasks(now)).stream()
                .filter(task -> tenant.code().equals(task.tenant()))
                .filter(task -> processKey == null || processKey.equals(task.processKey()))
                .filter(task -> stepKey == null || stepKey.equals(task.stepKey()))
                .map(task -> new OverdueCase(tenant.code(), task.caseId(), task.id(), task.processKey(),
                        task.stepKey(), task.stepName(), task.dueAt(), days.overdue(task.dueAt()).value()))
                .sorted(Comparator.comparingInt(OverdueCase::daysOverdue).reversed()
                        .thenComparing(OverdueCase::caseId))
                .toList();
    }

    private List<HeatCell> cellsOf(Tenant tenant, List<OverdueTask> overdue, Days days) {
        Map<String, List<OverdueTask>> byStep = new LinkedHashMap<>();
        overdue.stream()
                .sorted(Comparator.comparing(OverdueTask::processKey).thenComparing(OverdueTask::stepKey))
                .forEach(task -> byStep.computeIfAbsent(task.processKey() + "/" + task.stepKey(),
                        key -> new ArrayList<>()).add(task));
        return byStep.values().stream().map(tasks -> {
            int max = 0;
            long sum = 0;
            boolean flagged = false;
            for (OverdueTask task : tasks) {
                WorkingDayAnswer<Integer> late = days.overdue(task.dueAt());
                max = Math.max(max, late.value());
                sum += late.value();
                flagged |= late.flagged();
            }
            OverdueTask first = tasks.get(0);
            return new HeatCell(tenant.id().code(), tenant.nameZh(), first.processKey(), first.stepKey(),
                    first.stepName(), tasks.size(), max, sum, flagged);
        }).toList();
    }

    /** Working days overdue at one instant, remembered per due date (many tasks share one). */
    private final class Days {

        private final LocalDate dayAfterToday;
        private final Map<LocalDate, WorkingDayAnswer<Integer>> byDueDate = new HashMap<>();

        Days(Instant now) {
            this.dayAfterToday = LocalDate.ofInstant(now, PlatformClock.CITY_ZONE).plusDays(1);
        }

        WorkingDayAnswer<Integer> overdue(Instant dueAt) {
            LocalDate firstLateDay = LocalDate.ofInstant(dueAt, PlatformClock.CITY_ZONE);
            return byDueDate.computeIfAbsent(firstLateDay,
                    day -> calendar.workingDaysBetween(day, dayAfterToday));
        }
    }
}
