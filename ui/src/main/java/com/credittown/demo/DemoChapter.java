package com.credittown.demo;

/**
 * One part of the demo city (subjects and records, a process, the city office's work), loaded through the product's
 * own services so every rule, audit entry and search-outbox row is real. Chapters run in their {@code @Order}; each
 * reads what earlier ones left in the {@link DemoStory} (the subjects by key).
 *
 * <p><b>Extension point.</b> A feature that wants its own demo adds a {@code @Component} implementing this interface
 * in this package, ordered after {@link DemoSubjects} ({@code @Order(DemoChapter.AFTER_SUBJECTS + n)}). The
 * severe-dishonesty list (严重失信主体名单, being built on the {@code severelist} branch) is expected to come in this
 * way: a {@code SevereListDemo} that puts {@link DemoSubjects#SEVERE_LIST_CANDIDATE} on the list through the list's
 * own service. Nothing here implements the list.
 */
interface DemoChapter {

    /** The order of the subjects chapter; process chapters come after it. */
    int AFTER_SUBJECTS = 100;

    /** The chapter's name for the log ("credit commitments"). */
    String name();

    /** Loads the chapter's data; what it creates is counted with {@link DemoStory#loaded}. */
    void load(DemoStory story);

    /**
     * Runs after every chapter has loaded and the engine has had its chance to fire the timers of backdated cases
     * (a publicity period that ended): the chapter takes the steps that come after such a timer. Default: nothing.
     */
    default void afterTimers(DemoStory story) {
    }
}
