package com.credittown.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo city's marker row ({@code demo_dataset}): written when a load begins, so a restart (or a second node) never
 * loads the demo twice, and finished with what was loaded. Pages ask {@link #present()} to show the demo notice.
 */
@Component
public class DemoDataset {

    /** The one dataset there is. */
    static final String NAME = "dongguan-demo";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoDataset(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this database holds the demo city (loaded, or its load began): pages then show the demo notice. */
    public boolean present() {
        return state().isPresent();
    }

    /** LOADING, LOADED or FAILED; empty when the demo was never loaded here. */
    public Optional<String> state() {
        return jdbc.queryForList("select state from demo_dataset where name = ?", String.class, NAME).stream()
                .findFirst();
    }

    /** What the finished load reported, for the log and the notice. */
    public Optional<String> summary() {
        return jdbc.queryForList("select summary from demo_dataset where name = ?", String.class, NAME).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Claims the load: true for the one caller that writes the marker, false if it is already there. */
    boolean claim() {
        try {
            return jdbc.update("insert into demo_dataset (name, state, started_at) values (?, 'LOADING', ?)", NAME,
                    Timestamp.from(clock.instant())) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void finish(String state, String summary) {
        String text = summary.length() > 4000 ? summary.substring(0, 3997) + "..." : summary;
        jdbc.update("update demo_dataset set state = ?, finished_at = ?, summary = ? where name = ?", state,
                Timestamp.from(clock.instant()), text, NAME);
    }
}
