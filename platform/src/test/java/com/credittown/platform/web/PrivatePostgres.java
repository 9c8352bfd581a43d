package com.credittown.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own (initdb in a temporary directory, its own port), so the test may stop, kill
 * and restart it without touching the machine's server. Uses the machine's PostgreSQL binaries
 * (/usr/lib/postgresql/VERSION/bin, Debian's layout); as root, the server runs as the {@code postgres} user, since
 * PostgreSQL refuses to run as root.
 */
final class PrivatePostgres {

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean root = "root".equals(System.getProperty("user.name"));

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** Creates (initdb) a cluster listening on 127.0.0.1:port once started. */
    static PrivatePostgres create(int port) throws Exception {
        Path bin;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = versions.map(version -> version.resolve("bin"))
                    .filter(candidate -> Files.isExecutable(candidate.resolve("initdb")))
                    .max(Comparator.comparing(candidate -> Integer.parseInt(candidate.getParent().getFileName()
                            .toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no /usr/lib/postgresql/*/bin/initdb"));
        }
        Path dir = Files.createTempDirectory("credittown-pg-");
        PrivatePostgres postgres = new PrivatePostgres(bin, dir, port);
        if (postgres.root) {
            postgres.run(60, "chown", "postgres:postgres", dir.toString());
        }
        postgres.runAsServerUser(120, bin.resolve("initdb").toString(), "-D", postgres.data().toString(), "-U",
                "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        return postgres;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    void start() throws Exception {
        runAsServerUser(180, bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "170", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
    }

    /** Stops the server the way a crash or a kill does (no checkpoint; crash recovery on the next start). */
    void kill() throws Exception {
        runAsServerUser(120, bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w",
                "stop");
    }

    void destroy() {
        try {
            runAsServerUser(120, bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate",
                    "-w", "stop");
        } catch (Exception alreadyStopped) {
            // nothing to stop
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private void runAsServerUser(int seconds, String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(seconds, full.toArray(String[]::new));
    }

    private void run(int seconds, String... command) throws Exception {
        Path output = Files.createTempFile("credittown-pg-cmd-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + seconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ": "
                        + Files.readString(output));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
