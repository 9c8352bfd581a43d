package com.credittown.workflows.dashboard;

import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.OverdueTask;
import com.credittown.platform.workflow.TenantWorkflow;
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
 * day overdue all of Friday, and still 1 on the weekend after. Read through the tenant-bound {@link TenantWorkflow},
 * one tenant's context at a time.
 */
@Service
public class OverdueHeatMap {

    private final TenantDirectory directory;
    private final TenantWorkflow workflow;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    OverdueHeatMap(TenantDirectory directory, TenantWorkflow workflow, WorkingDayCalendar calendar, Clock clock) {
        this.directory = directory;
        this.workflow = workflow;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Every tenant's cells (only steps with at least one overdue task), by tenant code, process and step. */
    public List<HeatCell> cells() {
        Instant now = clock.instant();
        Days days = new Days(now);
        List<HeatCell> cells = new ArrayList<>();
        directory.all().stream().sorted(Comparator.comparing(tenant -> tenant.id().code()))
                .forEach(tenant -> cells.addAll(cellsOf(tenant, now, days)));
        return cells;
    }

    /** A tenant's open tasks that are overdue, optionally only those of one process and step, most overdue first. */
    public List<OverdueCase> overdueCases(TenantId tenant, String processKey, String stepKey) {
        Instant now = clock.instant();
        Days days = new Days(now);
        return TenantContext.callAs(tenant, () -> workflow.overdueTasks(now)).stream()
                .filter(task -> processKey == null || processKey.equals(task.processKey()))
                .filter(task -> stepKey == null || stepKey.equals(task.stepKey()))
                .map(task -> new OverdueCase(tenant.code(), task.caseId(), task.id(), task.processKey(),
                        task.stepKey(), task.stepName(), task.dueAt(), days.overdue(task.dueAt()).value()))
                .sorted(Comparator.comparingInt(OverdueCase::daysOverdue).reversed()
                        .thenComparing(OverdueCase::caseId))
                .toList();
    }

    private List<HeatCell> cellsOf(Tenant tenant, Instant now, Days days) {
        List<OverdueTask> overdue = TenantContext.callAs(tenant.id(), () -> workflow.overdueTasks(now));
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
