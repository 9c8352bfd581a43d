package com.credittown.ui.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every reliability test does around the processes it starts: a fresh database on the shared PostgreSQL, the
 * assembled jar started as application nodes, a private Elasticsearch or Keycloak ({@link PrivateService}), each start
 * timed into the figures; and at the end the nodes stopped, then the private service, and the figures written to
 * {@code target/reliability}, whatever failed.
 */
final class PrivateServices {

    static final String SUFFIX = System.getenv().getOrDefault("CT_TEST_DB_SUFFIX", "");
    static final String KEYCLOAK = "http://127.0.0.1:" + System.getenv().getOrDefault("CT_KEYCLOAK_PORT", "8180");
    static final String PG = "jdbc:postgresql://127.0.0.1:" + System.getenv().getOrDefault("CT_PG_PORT", "5432") + "/";
    static final Path OUT = Path.of("target", "reliability");

    /** What the run measured, in the order measured. */
    final Map<String, String> figures = new LinkedHashMap<>();
    private final String figuresFile;
    private final String heading;
    private final List<AppNode> nodes = new ArrayList<>();
    private PrivateService service;

    /** @param figuresFile the file under {@link #OUT} the figures go to, e.g. {@code figures.txt} */
    PrivateServices(String figuresFile, String heading) {
        this.figuresFile = figuresFile;
        this.heading = heading;
    }

    /** An empty database of that name on the shared PostgreSQL (scripts/services.sh pgdb … --fresh). */
    static void freshDatabase(String database) throws Exception {
        PrivateService.run(Duration.ofMinutes(2), Map.of(), "bash",
                PrivateService.repositoryRoot().resolve("scripts/services.sh").toString(), "pgdb", database, "--fresh");
    }

    /** Starts a private Elasticsearch or Keycloak, stopped by {@link #stopAll()}; the start is a figure. */
    PrivateService start(PrivateService privateService, String figure) throws Exception {
        service = privateService;
        figures.put(figure, seconds(privateService.start()));
        return privateService;
    }

    /** Starts the assembled jar as a node on the database (waiting up to 20 minutes); the start is a figure. */
    AppNode startNode(String name, String database, List<String> arguments, String figure) throws Exception {
        Path jar = Path.of(System.getProperty("reliability.jar", "target/credittown.jar")).toAbsolutePath();
        AppNode node = new AppNode(name, jar, OUT, database, arguments);
        nodes.add(node);
        figures.put(figure, seconds(node.start(Duration.ofMinutes(20))));
        return node;
    }

    /** Stops the nodes, then the private service, and writes the figures, whatever failed. */
    void stopAll() throws Exception {
        try {
            for (AppNode node : nodes) {
                node.stop();
            }
        } finally {
            try {
                if (service != null) {
                    service.stop();
                }
            } finally {
                Files.createDirectories(OUT);
                StringBuilder text = new StringBuilder();
                figures.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
                Files.writeString(OUT.resolve(figuresFile), text);
                System.out.println(heading + ":\n" + text);
            }
        }
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    /** The single number a query answers (a count). */
    static long count(Connection db, String query) {
        try (ResultSet rs = db.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
