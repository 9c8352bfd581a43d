package com.credittown.ui.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One application node as its own OS process: the assembled jar on a given port and PostgreSQL database, with
 * its console in a log file. {@link #kill()} is kill -9 (no shutdown hook runs).
 */
final class AppNode {

    private final String name;
    private final Path jar;
    private final Path log;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private Process process;

    AppNode(String name, Path jar, Path logDir, String database, List<String> arguments) {
        this.name = name;
        this.jar = jar;
        this.log = logDir.resolve(name + ".log");
        this.port = freePort();
        this.environment = Map.of("CT_PG_DATABASE", database, "CT_APP_PORT", String.valueOf(port));
        this.arguments = arguments;
    }

    String name() {
        return name;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the node and waits until it answers; returns how long that took. */
    Duration start(Duration atMost) throws IOException {
        Instant begin = Instant.now();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx700m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Shanghai",
                "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "--spring.profiles.active=postgres",
                "--credittown.cluster.node-name=" + name));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Files.createDirectories(log.getParent());
        process = builder.start();
        awaitUp(atMost);
        return Duration.between(begin, Instant.now());
    }

    private void awaitUp(Duration atMost) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        org.awaitility.Awaitility.await(name + " up").atMost(atMost).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
                    }
                    try {
                        int status = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        return status == 200 || status == 503;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    /** kill -9. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
