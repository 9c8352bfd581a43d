package com.credittown.ui.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk copies of one real open task, made in SQL (creating a million open tasks through Flowable takes hours on this
 * machine): for copy {@code k} one row in each of the tables an open task has (the task, its candidate links, its
 * execution, its runtime and history activity rows, its history task row and links), with new ids
 * {@code bench-<table>-k}, spread over 1,000 tenants (copy {@code k} belongs to the measured tenant when
 * {@code k % 1000 == 0}, to {@code bench-<k % 1000>} otherwise). The copies share the template's process instance (and
 * with it its variables). Every other column is the template's.
 */
final class TaskCopies {

    static final int TENANTS = 1000;

    private final JdbcTemplate jdbc;
    private final boolean h2;
    private final String tenant;
    private final String template;
    private int copies;

    TaskCopies(JdbcTemplate jdbc, boolean h2, String tenant, String templateTask) {
        this.jdbc = jdbc;
        this.h2 = h2;
        this.tenant = tenant;
        this.template = templateTask;
    }

    /** Removes the copies an earlier run left. */
    static void deleteAll(JdbcTemplate jdbc) {
        for (String table : List.of("ACT_RU_IDENTITYLINK", "ACT_HI_IDENTITYLINK", "ACT_RU_ACTINST", "ACT_HI_ACTINST",
                "ACT_HI_TASKINST", "ACT_RU_TASK", "ACT_RU_EXECUTION")) {
            jdbc.update("delete from " + table + " where ID_ like 'bench-%'");
        }
    }

    int copies() {
        return copies;
    }

    /** Adds copies until there are {@code total}, in batches of at most 100,000 per statement. */
    void growTo(int total) {
        while (copies < total) {
            int from = copies + 1;
            int to = Math.min(total, copies + 100_000);
            copy(from, to);
            copies = to;
        }
    }

    private void copy(int from, int to) {
        String k = "g.n";
        String tenantOf = "case when mod(" + k + ", " + TENANTS + ") = 0 then '" + tenant + "' else 'bench-' || mod("
                + k + ", " + TENANTS + ") end";
        String task = "'bench-t-' || " + k;
        String execution = "'bench-x-' || " + k;
        insert("ACT_RU_EXECUTION", "ID_ = (select EXECUTION_ID_ from ACT_RU_TASK where ID_ = '" + template + "')",
                Map.of("ID_", execution, "TENANT_ID_", tenantOf), from, to);
        insert("ACT_RU_TASK", "ID_ = '" + template + "'",
                Map.of("ID_", task, "EXECUTION_ID_", execution, "TENANT_ID_", tenantOf), from, to);
        insert("ACT_RU_IDENTITYLINK", "TASK_ID_ = '" + template + "'",
                Map.of("ID_", "'bench-l-' || " + k + " || '-' || t.ID_", "TASK_ID_", task), from, to);
        insert("ACT_RU_ACTINST", "TASK_ID_ = '" + template + "'",
                Map.of("ID_", "'bench-a-' || " + k, "EXECUTION_ID_", execution, "TASK_ID_", task,
                        "TENANT_ID_", tenantOf), from, to);
        insert("ACT_HI_ACTINST", "TASK_ID_ = '" + template + "'",
                Map.of("ID_", "'bench-a-' || " + k, "EXECUTION_ID_", execution, "TASK_ID_", task,
                        "TENANT_ID_", tenantOf), from, to);
        insert("ACT_HI_TASKINST", "ID_ = '" + template + "'",
                Map.of("ID_", task, "EXECUTION_ID_", execution, "TENANT_ID_", tenantOf), from, to);
        insert("ACT_HI_IDENTITYLINK", "TASK_ID_ = '" + template + "'",
                Map.of("ID_", "'bench-l-' || " + k + " || '-' || t.ID_", "TASK_ID_", task), from, to);
    }

    /** insert into table (all columns) select (the template row's columns, some replaced) from template x series. */
    private void insert(String table, String templateRows, Map<String, String> replaced, int from, int to) {
        List<String> columns = jdbc.query("select * from " + table + " where 1 = 0", rs -> {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i).toUpperCase(Locale.ROOT));
            }
            return names;
        });
        List<String> values = columns.stream().map(c -> replaced.containsKey(c) ? replaced.get(c) : "t." + c).toList();
        String series = h2 ? "(select X as n from system_range(" + from + ", " + to + ")) g"
                : "generate_series(" + from + ", " + to + ") as g(n)";
        jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + " t, " + series + " where t." + templateRows);
    }
}
