package org.openfid.enrolment.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The whole platform as a child process on a data folder (the test JVM's Java and class path), so a
 * test can kill it like the operating system would (SIGKILL) and start it again on the same data.
 */
final class ChildPlatform {

    static final String ADMIN_PASSWORD = "crash-test-admin-123";
    static final String STATION_PASSWORD = "station-secret-123";

    private final Path dataDir;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int starts;

    private ChildPlatform(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    static ChildPlatform on(Path dataDir) throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return new ChildPlatform(dataDir, socket.getLocalPort());
        }
    }

    /** Starts the platform and waits until it is ready to serve. */
    ChildPlatform start() throws Exception {
        starts++;
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                "org.openfid.OpenFidApplication",
                "--openfid.data-dir=" + dataDir,
                "--server.port=" + port,
                "--openfid.admin.password=" + ADMIN_PASSWORD,
                "--openfid.service-accounts[0].name=station",
                "--openfid.service-accounts[0].password=" + STATION_PASSWORD,
                "--openfid.service-accounts[0].roles=REGISTRATION_CLIENT",
                "--openfid.enrolment.plain-sync-body=true",
                "--openfid.enrolment.retry-delay=1s"));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        dataDir.resolveSibling("platform-" + starts + ".log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform exited with " + process.exitValue() + "; see "
                        + dataDir.resolveSibling("platform-" + starts + ".log"));
            }
            if (ready()) {
                return this;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The platform did not become ready within 3 minutes");
    }

    /** SIGKILL to the platform's JVM; its PostgreSQL runs detached and is left behind. */
    void killJvm() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGKILL to the JVM and its PostgreSQL: what a power cut does to the process tree. */
    void killEverything() throws Exception {
        Optional<ProcessHandle> postgres = postgres();
        killJvm();
        if (postgres.isPresent()) {
            postgres.get().destroyForcibly();
            postgres.get().onExit().get();
        }
    }

    /** Stops the platform cleanly. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The JDBC URL of the platform's embedded PostgreSQL while it runs. */
    String jdbcUrl() throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        return "jdbc:postgresql://localhost:" + lines.get(3).strip() + "/postgres";
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String path, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic);
    }

    private boolean ready() {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Optional<ProcessHandle> postgres() throws IOException {
        Path pid = dataDir.resolve("postgres/postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(
                Long.parseLong(Files.readAllLines(pid).getFirst().strip()));
    }
}
