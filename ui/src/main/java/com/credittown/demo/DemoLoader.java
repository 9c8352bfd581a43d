package com.credittown.demo;

import com.credittown.platform.readiness.StartupReadiness;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantJobs;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.ConcurrentChanges;
import com.credittown.workflows.cases.CaseService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo city (docs/demo.md) once per database: on the first start with {@code credittown.demo.enabled}
 * (the {@code dev} profile of scripts/run.sh), after the tenants are provisioned (provisioning is an application
 * runner; this listens for the application being ready, which comes after every runner). A marker row
 * ({@link DemoDataset}) makes it idempotent: a restart, or a second node, loads nothing. Where it is enabled, the
 * platform is not ready ({@link StartupReadiness}) until the demo is loaded (or found loaded); a failed load makes
 * readiness DOWN with the reason, so scripts/run.sh stops and says why instead of opening a half-filled demo.
 */
@Component
public class DemoLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    /** The towns the demo acts in: each must be provisioned (they are in the Dongguan catalogue). */
    static final String WORK = "demo city";
    static final List<String> TOWNS = List.of("humen", "changan", "songshanhu", "dongcheng", "nancheng", "wanjiang");

    private final DemoSettings settings;
    private final DemoDataset dataset;
    private final List<DemoChapter> chapters;
    private final TenantJobs jobs;
    private final TenantDirectory directory;
    private final PlatformClock clock;
    private final CaseService cases;
    private final StartupReadiness readiness;
    private final ConcurrentChanges changes;

    DemoLoader(DemoSettings settings, DemoDataset dataset, List<DemoChapter> chapters, TenantJobs jobs,
               TenantDirectory directory, PlatformClock clock, CaseService cases, StartupReadiness readiness,
               ConcurrentChanges changes) {
        this.settings = settings;
        this.dataset = dataset;
        this.chapters = chapters;
        this.jobs = jobs;
        this.directory = directory;
        this.clock = clock;
        this.cases = cases;
        this.readiness = readiness;
        this.changes = changes;
        if (settings.enabled()) {
            readiness.expect(WORK);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (!settings.enabled()) {
            return;
        }
        try {
            load();
            readiness.finished(WORK);
        } catch (RuntimeException e) {
            // the platform runs on without the demo; the marker says FAILED, so it is not loaded half again
            LOG.warn("The demo city could not be loaded: {}", e.toString(), e);
            readiness.failed(WORK, e + " (start without it: CT_DEMO=false; on a new database it is loaded afresh)");
        }
    }

    /**
     * Loads the demo city unless this database already has it. Returns what was loaded (empty if nothing was).
     *
     * @throws IllegalStateException if a town of the demo is not provisioned
     */
    public DemoReport load() {
        List<String> missing = TOWNS.stream().filter(town -> directory.find(town).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The demo city needs the Dongguan tenants; not provisioned: " + missing);
        }
        if (!dataset.claim()) {
            LOG.info("Demo city already in this database ({}): nothing loaded", dataset.state().orElse("?"));
            return DemoReport.NOTHING;
        }
        long started = System.nanoTime();
        DemoStory story = new DemoStory(jobs, clock, cases, changes, settings.timerWait());
        try {
            for (DemoChapter chapter : chapters) {
                chapter.load(story);
                LOG.info("Demo city: {} loaded", chapter.name());
            }
            story.waitForTimersFromNow();
            for (DemoChapter chapter : chapters) {
                chapter.afterTimers(story);
            }
        } catch (RuntimeException e) {
            dataset.finish("FAILED", "failed after " + story.summary() + ": " + e);
            throw e;
        }
        dataset.finish("LOADED", story.summary());
        LOG.info("Demo city loaded in {} s (all marked （演示）; skip with credittown.demo.enabled=false): {}",
                (System.nanoTime() - started) / 1_000_000_000, story.summary());
        return new DemoReport(true, story.loaded());
    }
}
