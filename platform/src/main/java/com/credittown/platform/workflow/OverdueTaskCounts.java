package com.credittown.platform.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many open tasks each tenant has past their due date, in one grouped query over the engine's task table (not one
 * per tenant): the figure operations watch. A task counts as overdue exactly as on the city dashboard's heat map
 * ({@link DueTaskProjection#overdueTasks}): active, with a due instant at or before {@code now}.
 */
@Component
public class OverdueTaskCounts {

    private final JdbcTemplate jdbc;

    OverdueTaskCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Overdue open tasks by tenant code; tenants without any are absent, tasks without tenant are not counted. */
    public Map<String, Long> byTenant(Instant now) {
        Map<String, Long> counts = new TreeMap<>();
        // SUSPENSION_STATE_ 1 = active, as TaskQuery.active()
        jdbc.query("select TENANT_ID_, count(*) from ACT_RU_TASK where DUE_DATE_ <= ? and SUSPENSION_STATE_ = 1"
                        + " and TENANT_ID_ is not null and TENANT_ID_ <> '' group by TENANT_ID_",
                row -> {
                    counts.put(row.getString(1), row.getLong(2));
                }, Timestamp.from(now));
        return counts;
    }
}
