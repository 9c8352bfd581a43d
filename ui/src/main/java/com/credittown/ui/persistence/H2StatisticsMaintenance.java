package com.credittown.ui.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps H2's table statistics fresh. Without them H2 picks the wrong index for Flowable's
 * unfinished-activity lookup and task completion slows down as open tasks grow (measured: 1 ms to
 * 434 ms on a file database; see docs/adr/0001). Does nothing on other databases.
 */
@Component
class H2StatisticsMaintenance {

    private static final Logger log = LoggerFactory.getLogger(H2StatisticsMaintenance.class);

    private final DataSource dataSource;

    H2StatisticsMaintenance(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        analyze();
    }

    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
    void hourly() {
        analyze();
    }

    void analyze() {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
            log.debug("H2 statistics refreshed");
        } catch (SQLException e) {
            log.warn("Could not refresh H2 statistics: {}", e.getMessage());
        }
    }
}
