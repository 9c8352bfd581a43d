package com.credittown.demo;

import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantJobs;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.ConcurrentChanges;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.cases.CaseService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * What the chapters of one demo load share: acting for a tenant (through {@link TenantJobs}, the door for the
 * platform's own work), acting in the past (the platform clock moved back, as the process tests do, so a case started
 * then has its deadlines, timers and audit times then), the demo's subjects by key, and what was loaded.
 *
 * <p>Moving the one platform clock is what makes a backdated case real (its due dates come from the working-day
 * calendar as they would have then, and the engine's timers fire for it once the clock is back). It is moved only
 * while the loader runs, at start-up, and always reset.
 */
final class DemoStory {

    /** The demo's codes are the same on every machine: a fixed seed. */
    private static final long SEED = 20_240_606L;
    /** Cases of the past start at this time of the day (city time). */
    private static final LocalTime OFFICE_HOURS = LocalTime.of(10, 0);

    private final TenantJobs jobs;
    private final PlatformClock clock;
    private final CaseService cases;
    private final ConcurrentChanges changes;
    private final UsccGenerator codes = new UsccGenerator(new Random(SEED));
    private final Map<String, SubjectView> subjects = new LinkedHashMap<>();
    private final Map<String, Integer> loaded = new LinkedHashMap<>();
    private final LocalDate today;
    private final Duration timerWait;
    private Instant timersDeadline;

    DemoStory(TenantJobs jobs, PlatformClock clock, CaseService cases, ConcurrentChanges changes, Duration timerWait) {
        this.jobs = jobs;
        this.clock = clock;
        this.cases = cases;
        this.changes = changes;
        this.today = LocalDate.now(clock);
        this.timerWait = timerWait;
        this.timersDeadline = clock.instant();
    }

    /** Does work as the tenant (code), outside any request. */
    <T> T in(String tenant, Callable<T> work) {
        return jobs.actFor(new TenantId(tenant), work);
    }

    /** {@link #in} for work without a result. */
    void run(String tenant, Runnable work) {
        jobs.runFor(new TenantId(tenant), work);
    }

    /**
     * Does work as if it were {@code days} calendar days ago, 10:00 city time: the platform clock is moved there and
     * reset afterwards, whatever happens.
     */
    <T> T daysAgo(int days, Supplier<T> work) {
        Instant then = today.minusDays(days).atTime(OFFICE_HOURS).atZone(PlatformClock.CITY_ZONE).toInstant();
        clock.moveTo(then);
        try {
            return work.get();
        } finally {
            clock.reset();
        }
    }

    /** The date {@code days} calendar days before the day the demo was loaded. */
    LocalDate before(int days) {
        return today.minusDays(days);
    }

    LocalDate today() {
        return today;
    }

    /** The date of the platform clock now (inside {@link #daysAgo}: that day), as a form's ISO date. */
    String todayOfClock() {
        return LocalDate.now(clock).toString();
    }

    /** A valid market-entity code of Dongguan (GB 32100 and GB 11714 checks), the same on every machine. */
    String marketCode() {
        return codes.next("441900").value();
    }

    /** A valid code of a government body of Dongguan (registration authority 1, institutional staffing; type 1). */
    String governmentCode() {
        return codes.next("441900", '1', '1').value();
    }

    /** A valid code of a public institution of Dongguan (registration authority 1; type 2, 事业单位). */
    String publicInstitutionCode() {
        return codes.next("441900", '1', '2').value();
    }

    void remember(String key, SubjectView subject) {
        subjects.put(key, subject);
    }

    /** A subject an earlier chapter registered, by its key ({@link DemoSubjects} names them). */
    SubjectView subject(String key) {
        SubjectView subject = subjects.get(key);
        if (subject == null) {
            throw new NoSuchElementException("No demo subject '" + key + "' (known: " + subjects.keySet() + ")");
        }
        return subject;
    }

    /** Counts what a chapter loaded, for the log and the marker ("star nominations", 6). */
    void loaded(String what, int count) {
        loaded.merge(what, count, Integer::sum);
    }

    Map<String, Integer> loaded() {
        return Map.copyOf(loaded);
    }

    String summary() {
        StringBuilder text = new StringBuilder();
        loaded.forEach((what, count) -> text.append(text.isEmpty() ? "" : ", ").append(count).append(' ').append(what));
        return text.toString();
    }

    /** Starts the wait for the engine's timers: {@link #awaitStep} waits until {@code timer-wait} from now. */
    void waitForTimersFromNow() {
        timersDeadline = clock.instant().plus(timerWait);
    }

    // ------------------------------------------------------------------ cases

    /** Starts a case of the tenant with its start form. */
    String start(String tenant, String processKey, String actor, Map<String, ?> data) {
        return in(tenant, () -> cases.start(processKey, actor, data));
    }

    /** The one open step of the case with this key (the case's tasks the platform's own work sees). */
    WorkTask step(String tenant, String caseId, String stepKey) {
        return steps(tenant, caseId).stream().filter(task -> task.stepKey().equals(stepKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " of " + tenant + " has no open step "
                        + stepKey));
    }

    List<WorkTask> steps(String tenant, String caseId) {
        return in(tenant, () -> cases.openTasksOf(caseId));
    }

    /** Completes the case's open step with this key, with its form data, as the actor. */
    void complete(String tenant, String caseId, String stepKey, String actor, Map<String, ?> data) {
        WorkTask task = step(tenant, caseId, stepKey);
        completing(tenant, task, actor, data);
    }

    /** Completes this open task (one of several of the same step) with its form data, as the actor. */
    void completeTask(String tenant, WorkTask task, String actor, Map<String, ?> data) {
        completing(tenant, task, actor, data);
    }

    /**
     * Completes the task, again if it lost a race with the engine's own job on the same case (a deadline timer that
     * came due when the clock went back to today fires while the next chapter acts): as the REST API does.
     */
    private void completing(String tenant, WorkTask task, String actor, Map<String, ?> data) {
        changes.retrying("demo: complete " + task.id(), () -> run(tenant, () -> cases.complete(task.id(), actor, data)));
    }

    /**
     * Waits for a case to reach an open step the engine's timer opens, polling, at most until the load's timer wait
     * ({@code credittown.demo.timer-wait} after {@link #waitForTimersFromNow}) has passed; empty if it did not come in time.
     */
    Optional<WorkTask> awaitStep(String tenant, String caseId, String stepKey) {
        do {
            Optional<WorkTask> found = steps(tenant, caseId).stream()
                    .filter(task -> task.stepKey().equals(stepKey)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } while (clock.instant().isBefore(timersDeadline));
        return Optional.empty();
    }
}
