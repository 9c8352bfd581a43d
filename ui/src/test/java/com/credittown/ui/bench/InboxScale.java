package com.credittown.ui.bench;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.InboxIndexes;
import com.credittown.platform.workflow.InboxQuery;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.cases.CaseService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.flowable.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The inbox at scale (issue 18, item 3), shared by the PostgreSQL and the H2 run: open tasks are seeded (a few real
 * cases through {@link CaseService}, then {@link TaskCopies} in SQL) up to each size, spread over 1,000 tenants; at
 * each size the officer's group inbox first page (20, newest first) with its total is read through
 * {@link CaseService#inbox} / {@link CaseService#countInbox} (what {@code GET /api/tenants/{t}/inbox} and the task list
 * call), and real cases' first steps are completed through {@link CaseService#complete}. Before each size is
 * measured the tables are analysed (PostgreSQL's autovacuum, the application's hourly H2 statistics job).
 */
abstract class InboxScale {

    static final String TENANT = "humen";
    static final String USER = "humen.officer";
    static final String PROCESS = "credit-commitment";
    /** The index column's label for the application's inbox indexes ({@link InboxIndexes}). */
    static final String INDEX = "InboxIndexes";

    @Autowired
    CaseService cases;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    private final UsccGenerator codes = new UsccGenerator(new Random());
    private final StringBuilder table = new StringBuilder();
    private final List<double[]> rows = new ArrayList<>();

    /** Seeds and measures every size, writes the result table to {@code bench.out}. */
    void measure(String database, int[] sizes, boolean compareIndex, String outSuffix) throws Exception {
        int reads = Integer.getInteger("bench.reads", 200);
        int completions = Integer.getInteger("bench.completions", 100);
        SecurityContextHolder.getContext().setAuthentication(officer());
        long began = System.nanoTime();
        TaskCopies.deleteAll(jdbc);
        List<String> templates = startCases(5);
        String template = taskOfCase(templates.get(0));
        TaskCopies copies = new TaskCopies(jdbc, database.equals("H2"), TENANT, template);
        table.append("| open tasks | tenant's inbox total | index | inbox p50 ms | p95 | p99 | × 1k p95 "
                + "| complete p50 ms | p95 | p99 | × 1k p95 | seeding s |\n");
        table.append("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (int size : sizes) {
            long seedBegan = System.nanoTime();
            int real = jdbc.queryForObject("select count(*) from ACT_RU_TASK where ID_ not like 'bench-%'",
                    Integer.class);
            copies.growTo(Math.max(0, size - real - completions));
            List<String> toComplete = new ArrayList<>();
            for (String caseId : startCases(completions)) {
                toComplete.add(taskOfCase(caseId));
            }
            analyse(database);
            double seeding = (System.nanoTime() - seedBegan) / 1e9;
            int open = jdbc.queryForObject("select count(*) from ACT_RU_TASK", Integer.class);
            if (compareIndex) {
                InboxIndexes.drop(jdbc.getDataSource());
                analyse(database);
                double[] without = inbox(reads);
                row(open, (long) without[3], "none", without, null, seeding);
                InboxIndexes.create(jdbc.getDataSource());
                analyse(database);
            }
            double[] with = inbox(reads);
            double[] complete = complete(toComplete);
            row(open, (long) with[3], INDEX, with, complete, seeding);
            System.out.printf(Locale.ROOT, "BENCH open=%d inbox p95=%.2f complete p95=%.2f%n", open, with[1],
                    complete[1]);
            write(database, reads, completions, began, outSuffix, "(so far: the run goes on to the next size)");
        }
        write(database, reads, completions, began, outSuffix, "");
        SecurityContextHolder.clearContext();
    }

    /** The result so far, so that a run stopped at a large size keeps the sizes it measured. */
    private void write(String database, int reads, int completions, long began, String outSuffix, String state)
            throws java.io.IOException {
        String report = String.format(Locale.ROOT, "Database: %s. Group inbox of `%s` (tenant `%s`): first page of 20 "
                        + "newest and its total through `CaseService.inbox` + `countInbox`, %d reads after 20 warm-up "
                        + "reads; completion of %d real cases' first step (`%s`) through `CaseService.complete`, one "
                        + "thread. Open tasks beyond the real cases are SQL copies of a real open task over 1,000 "
                        + "tenants (the tenant holds one in 1,000). %.0f s in all.%n%n%s",
                database, USER, TENANT, reads, completions, PROCESS, (System.nanoTime() - began) / 1e9, table)
                + (state.isEmpty() ? "" : "\n" + state + "\n");
        System.out.println(report);
        Path out = Path.of(System.getProperty("bench.out", "target/benchmark-inbox.md").replace(".md", outSuffix + ".md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
    }

    private void row(int open, long total, String index, double[] inbox, double[] complete, double seeding) {
        if (complete != null) {
            rows.add(new double[] {inbox[1], complete[1]});
        }
        double[] base = rows.isEmpty() ? null : rows.get(0);
        boolean ratios = complete != null && base != null;
        table.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %.2f | %.2f | %.2f | %s | %s | %s | %s | %s | %.0f |%n",
                open, total, index, inbox[0], inbox[1], inbox[2], ratios ? fmt(inbox[1] / base[0]) : "",
                complete == null ? "" : fmt(complete[0]), complete == null ? "" : fmt(complete[1]),
                complete == null ? "" : fmt(complete[2]), ratios ? fmt(complete[1] / base[1]) : "", seeding));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** p50, p95, p99 of the first page with its total, and the total. */
    private double[] inbox(int reads) {
        InboxQuery query = new InboxQuery(InboxQuery.Scope.GROUPS, null, null, InboxQuery.Order.NEWEST);
        long total = 0;
        long[] took = new long[reads];
        for (int i = -20; i < reads; i++) {
            long began = System.nanoTime();
            long[] count = new long[1];
            List<WorkTask> page = TenantContext.callAs(new TenantId(TENANT), () -> {
                count[0] = cases.countInbox(query);
                return cases.inbox(query, 0, 20);
            });
            if (i >= 0) {
                took[i] = System.nanoTime() - began;
            }
            if (page.size() != Math.min(20, count[0])) {
                throw new AssertionError("page of " + page.size() + " for a total of " + count[0]);
            }
            total = count[0];
        }
        return new double[] {percentile(took, 50), percentile(took, 95), percentile(took, 99), total};
    }

    private double[] complete(List<String> taskIds) {
        long[] took = new long[taskIds.size()];
        for (int i = 0; i < took.length; i++) {
            String task = taskIds.get(i);
            long began = System.nanoTime();
            TenantContext.runAs(new TenantId(TENANT), () -> cases.complete(task, USER, signData()));
            took[i] = System.nanoTime() - began;
        }
        return new double[] {percentile(took, 50), percentile(took, 95), percentile(took, 99)};
    }

    private void analyse(String database) {
        if (database.equals("H2")) {
            jdbc.execute("ANALYZE");
        } else {
            for (String t : List.of("act_ru_task", "act_ru_identitylink", "act_ru_execution", "act_ru_actinst",
                    "act_hi_actinst", "act_hi_taskinst", "act_hi_identitylink")) {
                jdbc.execute("vacuum analyze " + t); // what autovacuum does: statistics and the visibility map
            }
        }
    }

    private List<String> startCases(int count) throws Exception {
        List<String> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(TenantContext.callAs(new TenantId(TENANT), () -> cases.start(PROCESS, USER, startData())));
        }
        return started;
    }

    private String taskOfCase(String caseId) {
        return tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId();
    }

    private Map<String, Object> startData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subjectCode", codes.next("441900").value());
        data.put("subjectName", "东莞市虎门镇基准测试商行");
        data.put("commitmentType", "voluntary");
        data.put("commitmentText", "承诺守法诚信经营，接受社会监督。");
        return data;
    }

    private static Map<String, Object> signData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("signatory", "张三");
        data.put("signedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        return data;
    }

    /** The officer as a verified token would present them (no Keycloak round trip: the claims are what count). */
    static JwtAuthenticationToken officer() {
        Jwt jwt = Jwt.withTokenValue("bench").header("alg", "none").subject(USER)
                .claim("preferred_username", USER).claim("organization", List.of(TENANT))
                .claim("realm_access", Map.of("roles", List.of("officer")))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(36_000)).build();
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_officer")));
    }

    static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static int[] sizes(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
    }
}
