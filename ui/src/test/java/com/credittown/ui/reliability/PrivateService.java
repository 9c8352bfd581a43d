package com.credittown.ui.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An Elasticsearch or a Keycloak of a test's own, started and stopped with scripts/services.sh under a private run
 * directory and on free ports, so a test may stop and restart it without touching the shared services on 9200 and
 * 8180 (or another engineer's private one: the ports are not fixed). The distributions already unpacked for the
 * shared services are reused: Elasticsearch's by a link (it writes only under its run directory), Keycloak's as a
 * copy, because Keycloak keeps its dev-file database, transaction logs and temporary files under its installation.
 */
final class PrivateService {

    private static final String ES_VERSION = System.getenv().getOrDefault("CT_ES_VERSION", "8.19.21");
    private static final String KC_VERSION = System.getenv().getOrDefault("CT_KEYCLOAK_VERSION", "26.5.6");

    private final String service;
    private final Path runDir;
    private final Map<String, String> environment;
    private final int port;

    private PrivateService(String service, Path runDir, int port, Map<String, String> environment) {
        this.service = service;
        this.runDir = runDir;
        this.port = port;
        this.environment = environment;
    }

    /** An Elasticsearch with an empty data directory under {@code .run/<name>}; not started yet. */
    static PrivateService elasticsearch(String name) throws IOException {
        Path runDir = repositoryRoot().resolve(".run").resolve(name).toAbsolutePath();
        deleteTree(runDir.resolve("elasticsearch/data"));
        Files.createDirectories(runDir);
        Path dist = runDir.resolve("dist");
        if (!Files.exists(dist, LinkOption.NOFOLLOW_LINKS)) {
            Path own = repositoryRoot().resolve(".run/dist").toAbsolutePath();
            Files.createDirectories(own);
            Files.createSymbolicLink(dist, sharedDist("elasticsearch-" + ES_VERSION).orElse(own));
        }
        int port = freePort();
        return new PrivateService("es", runDir, port, Map.of("CT_ES_PORT", String.valueOf(port),
                "CT_ES_TRANSPORT_PORT", String.valueOf(freePort()), "CT_ES_TIMEOUT", "540"));
    }

    /**
     * A Keycloak with an empty dev-file database under {@code .run/<name>} (the application provisions its realm
     * on its first start); not started yet.
     */
    static PrivateService keycloak(String name) throws Exception {
        Path runDir = repositoryRoot().resolve(".run").resolve(name).toAbsolutePath();
        deleteTree(runDir.resolve("keycloak/data"));
        Path home = runDir.resolve("dist").resolve("keycloak-" + KC_VERSION);
        Optional<Path> shared = sharedDist("keycloak-" + KC_VERSION);
        if (!Files.exists(home.resolve("bin/kc.sh")) && shared.isPresent()) {
            deleteTree(home);
            Files.createDirectories(home.getParent());
            run(Duration.ofMinutes(5), Map.of(), "cp", "-a", shared.get().resolve("keycloak-" + KC_VERSION).toString(),
                    home.toString());
        } // else services.sh downloads it into the private run directory
        // the copy's data/ may be the shared install's link to the shared Keycloak's database: never use that
        Path data = home.resolve("data");
        if (Files.isSymbolicLink(data) && !Files.readSymbolicLink(data).startsWith(runDir)) {
            Files.delete(data);
        }
        int port = freePort();
        return new PrivateService("keycloak", runDir, port, Map.of("CT_KEYCLOAK_PORT", String.valueOf(port),
                "CT_KEYCLOAK_MANAGEMENT_PORT", String.valueOf(freePort()), "CT_KEYCLOAK_TIMEOUT", "540"));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    /** Starts the service and waits until it answers; returns how long that took. */
    Duration start() throws Exception {
        Instant begin = Instant.now();
        services("start");
        return Duration.between(begin, Instant.now());
    }

    /** Stops it (TERM, then KILL after 30 s); returns how long that took. */
    Duration stop() throws Exception {
        Instant begin = Instant.now();
        services("stop");
        return Duration.between(begin, Instant.now());
    }

    private void services(String action) throws Exception {
        java.util.HashMap<String, String> env = new java.util.HashMap<>(environment);
        env.put("CT_RUN_DIR", runDir.toString());
        run(Duration.ofMinutes(10), env, "bash", repositoryRoot().resolve("scripts/services.sh").toString(), action,
                service);
    }

    /**
     * The shared services' unpacked distribution: under CT_RUN_DIR, this checkout's .run, or (in a git worktree) the
     * main checkout's .run.
     */
    private static Optional<Path> sharedDist(String distribution) throws IOException {
        List<Path> runDirs = new ArrayList<>();
        Optional.ofNullable(System.getenv("CT_RUN_DIR")).map(Path::of).ifPresent(runDirs::add);
        Path repo = repositoryRoot();
        runDirs.add(repo.resolve(".run"));
        Path gitFile = repo.resolve(".git");
        if (Files.isRegularFile(gitFile)) {
            String gitDir = Files.readString(gitFile).trim().replaceFirst("^gitdir:\\s*", "");
            // <main>/.git/worktrees/<name>
            Path main = Path.of(gitDir).getParent().getParent().getParent();
            runDirs.add(main.resolve(".run"));
        }
        for (Path candidate : runDirs) {
            if (Files.isDirectory(candidate.resolve("dist").resolve(distribution).resolve("bin"))) {
                return Optional.of(candidate.resolve("dist").toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("scripts/services.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root with scripts/services.sh above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void run(Duration atMost, Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within " + atMost);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(dir)) {
            Files.delete(dir);
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
