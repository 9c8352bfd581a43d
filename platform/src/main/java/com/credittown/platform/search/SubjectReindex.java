package com.credittown.platform.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The full reindex of credit subjects: {@link #run()} in the caller's thread (a command), {@link #start()} in the
 * background (the admin action), {@link #status()} for its progress.
 */
@Service
public class SubjectReindex implements DisposableBean {

    private final SearchReindex reindex;
    private final SubjectDocumentType type;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-reindex");
        thread.setDaemon(true);
        return thread;
    });

    SubjectReindex(SearchReindex reindex, SubjectDocumentType type) {
        this.reindex = reindex;
        this.type = type;
    }

    /**
     * Rebuilds the subject index and swaps the alias; returns when done.
     *
     * @throws com.credittown.platform.web.ConflictException if a reindex is running already
     * @throws SearchDegradedException                         if Elasticsearch cannot be reached
     */
    public ReindexStatus run() {
        return run(progress -> { });
    }

    ReindexStatus run(Consumer<ReindexStatus> afterBatch) {
        reindex.claim(type);
        return reindex.run(type, afterBatch);
    }

    /** Starts a reindex in the background. @throws com.credittown.platform.web.ConflictException if one runs */
    public ReindexStatus start() {
        reindex.claim(type);
        background.execute(() -> {
            try {
                reindex.run(type, progress -> { });
            } catch (RuntimeException e) {
                // already logged and recorded in the status
            }
        });
        return status();
    }

    public ReindexStatus status() {
        return reindex.status(type);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
