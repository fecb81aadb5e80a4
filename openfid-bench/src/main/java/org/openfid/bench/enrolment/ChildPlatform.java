package org.openfid.bench.enrolment;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The platform started by its launcher ({@code ./openfid start}) as a child process on a fresh data
 * folder and a free port, with a generated administrator password and one registration-client service
 * account, exactly as an operator would run it. The launcher execs the JVM, so the child's pid is the
 * server's, whose CPU time the benchmark reads.
 */
public final class ChildPlatform implements AutoCloseable {

    static final String STATION = "bench-station";
    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    public final Path dataDir;
    public final int port;
    public final String adminPassword;
    public final String stationPassword;
    private final Process process;

    private ChildPlatform(Path dataDir, int port, String adminPassword, String stationPassword, Process process) {
        this.dataDir = dataDir;
        this.port = port;
        this.adminPassword = adminPassword;
        this.stationPassword = stationPassword;
        this.process = process;
    }

    /** Builds (if needed), starts and waits until ready. */
    static ChildPlatform start(Path launcher, Path dataDir) throws IOException, InterruptedException {
        return start(launcher, dataDir, java.util.Map.of());
    }

    /** Builds, starts with extra {@code OPENFID_*} settings (for example a gateway URL) and waits. */
    public static ChildPlatform start(Path launcher, Path dataDir, java.util.Map<String, String> settings)
            throws IOException, InterruptedException {
        Process build = new ProcessBuilder(launcher.toString(), "build")
                .directory(launcher.getParent().toFile())
                .inheritIO()
                .start();
        if (build.waitFor() != 0) {
            throw new IllegalStateException("'openfid build' failed with exit code " + build.exitValue());
        }
        int port = freePort();
        String admin = secret();
        String station = secret();
        Files.createDirectories(dataDir);
        var command = new ProcessBuilder(launcher.toString(), "start")
                .directory(launcher.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.log").toFile());
        var env = command.environment();
        env.keySet().removeIf(key -> key.startsWith("OPENFID_DB_") || key.startsWith("OPENFID_SERVICE_ACCOUNTS"));
        env.put("OPENFID_DATA_DIR", dataDir.toString());
        env.put("OPENFID_PORT", Integer.toString(port));
        env.put("OPENFID_ADMIN_PASSWORD", admin);
        env.put("OPENFID_SERVICE_ACCOUNTS_0_NAME", STATION);
        env.put("OPENFID_SERVICE_ACCOUNTS_0_PASSWORD", station);
        env.put("OPENFID_SERVICE_ACCOUNTS_0_ROLES", "REGISTRATION_CLIENT");
        env.putAll(settings);
        var child = new ChildPlatform(dataDir, port, admin, station, command.start());
        child.awaitReady();
        return child;
    }

    public URI url() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** The server JVM's pid. */
    public long pid() {
        return process.pid();
    }

    /** The embedded PostgreSQL's postmaster, when it runs. */
    public OptionalLong postmaster() {
        try {
            String first = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                    .getFirst();
            return OptionalLong.of(Long.parseLong(first.strip()));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private void awaitReady() throws InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var request = HttpRequest.newBuilder(url().resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // not up yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The platform did not become ready; see " + dataDir.resolve("server.log"));
    }

    /** SIGTERM, as Ctrl-C would, then waits for the JVM to stop (it stops its PostgreSQL). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String secret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
