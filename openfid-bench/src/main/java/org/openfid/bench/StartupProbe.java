package org.openfid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures what a person gets from {@code ./openfid start}: the launcher itself is run (same JDK
 * choice, same JVM options, same start-up cache), first on an empty data folder and then on the same
 * folder again. For each run it reports the time until {@code /actuator/health/readiness} answers
 * UP, the resident memory of the JVM and of the embedded PostgreSQL's processes, checks both against
 * the targets (ready in under 15 s, under 600 MB in all), then stops the server with SIGTERM, as
 * Ctrl-C would, and checks that the JVM and PostgreSQL are gone.
 *
 * <p>Usage: {@code StartupProbe [path/to/openfid]}; {@code ./openfid bench startup} runs it. Exit code
 * 0 when every run met the targets and stopped cleanly.
 */
public final class StartupProbe {

    private static final Duration READY_TARGET = Duration.ofSeconds(15);
    private static final long MEMORY_TARGET_MB = 600;
    private static final Duration GIVE_UP = Duration.ofMinutes(3);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final Path launcher;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private StartupProbe(Path launcher) {
        this.launcher = launcher;
    }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args.length > 0 ? args[0] : "openfid").toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            System.err.println("StartupProbe: no executable launcher at " + launcher);
            System.exit(2);
        }
        System.exit(new StartupProbe(launcher).probe() ? 0 : 1);
    }

    private boolean probe() throws Exception {
        prepare();
        Path workspace = Files.createTempDirectory("openfid-startup-probe-");
        Path dataDir = workspace.resolve("openfid-data");
        List<Run> runs = new ArrayList<>();
        try {
            runs.add(measure("fresh data folder", dataDir, workspace.resolve("fresh.log")));
            runs.add(measure("same folder again", dataDir, workspace.resolve("again.log")));
        } finally {
            print(runs);
            if (runs.stream().allMatch(Run::passed)) {
                deleteRecursively(workspace);
            } else {
                System.out.println("Server logs kept in " + workspace);
            }
        }
        return runs.size() == 2 && runs.stream().allMatch(Run::passed);
    }

    /** Builds the server and its start-up cache first, so that the runs measure starts only. */
    private void prepare() throws IOException, InterruptedException {
        System.out.println("Preparing: " + launcher + " build");
        Process build = new ProcessBuilder(launcher.toString(), "build")
                .directory(launcher.getParent().toFile())
                .inheritIO()
                .start();
        if (build.waitFor() != 0) {
            throw new IllegalStateException("'openfid build' failed with exit code " + build.exitValue());
        }
    }

    private Run measure(String name, Path dataDir, Path log) throws Exception {
        int port = freePort();
        var command = new ProcessBuilder(launcher.toString(), "start")
                .directory(launcher.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        command.environment().put("OPENFID_DATA_DIR", dataDir.toString());
        command.environment().put("OPENFID_PORT", Integer.toString(port));
        command.environment().keySet().removeIf(key -> key.startsWith("OPENFID_DB_"));
        System.out.printf("Starting (%s) on port %d ...%n", name, port);

        long started = System.nanoTime();
        Process server = command.start();
        try {
            boolean ready = awaitReady(server, port);
            long readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (!ready) {
                return Run.failed(
                        name,
                        "not ready (exit code " + (server.isAlive() ? "-" : server.exitValue()) + "); see " + log);
            }
            ProcessHandle jvm = javaProcess(server.toHandle());
            Optional<ProcessHandle> postmaster = postmaster(dataDir);
            long jvmKb = rssKb(jvm);
            List<ProcessHandle> postgres = postmaster
                    .map(pm -> Stream.concat(Stream.of(pm), pm.descendants()).toList())
                    .orElse(List.of());
            long postgresKb = postgres.stream().mapToLong(StartupProbe::rssKb).sum();
            String stop = stop(server, postmaster);
            return new Run(name, readyMillis, jvmKb, postgresKb, postgres.size(), stop, stop.startsWith("yes"));
        } finally {
            if (server.isAlive()) {
                server.destroyForcibly();
            }
        }
    }

    private boolean awaitReady(Process server, int port) throws InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return true;
                }
            } catch (IOException notListeningYet) {
                // the server has not opened its port yet
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** SIGTERM, as Ctrl-C in the terminal would send; then check that the JVM and PostgreSQL are gone. */
    private String stop(Process server, Optional<ProcessHandle> postmaster) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            server.destroyForcibly();
            return "no: still running " + STOP_WAIT.toSeconds() + " s after SIGTERM";
        }
        if (postmaster.isPresent()) {
            ProcessHandle pm = postmaster.get();
            try {
                pm.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception stillThere) { // a timeout or an interrupted wait: report it
                return "no: PostgreSQL " + pm.pid() + " left running";
            }
        }
        return "yes (exit " + server.exitValue() + ", PostgreSQL stopped)";
    }

    /** The launcher execs java, so its process is the JVM; fall back to a java child if it did not. */
    private static ProcessHandle javaProcess(ProcessHandle launched) {
        if (command(launched).endsWith("java")) {
            return launched;
        }
        return launched.descendants()
                .filter(child -> command(child).endsWith("java"))
                .findFirst()
                .orElse(launched);
    }

    private static String command(ProcessHandle process) {
        return process.info().command().orElse("");
    }

    /** PostgreSQL runs detached from the JVM (pg_ctl starts it); its pid is in postmaster.pid. */
    private static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        String first = Files.readAllLines(pidFile).getFirst().strip();
        return ProcessHandle.of(Long.parseLong(first));
    }

    /** VmRSS from /proc; 0 for a process that has gone. */
    private static long rssKb(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return 0;
        } catch (IOException gone) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void print(List<Run> runs) {
        System.out.println();
        System.out.printf(
                "OpenFID start-up (./openfid start, %d CPUs, Java %s)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        String format = "%-19s %9s %9s %16s %10s  %s%n";
        System.out.printf(format, "run", "ready", "JVM RSS", "PostgreSQL RSS", "total", "stopped cleanly");
        for (Run run : runs) {
            if (run.failure() != null) {
                System.out.printf("%-19s %s%n", run.name(), run.failure());
                continue;
            }
            System.out.printf(
                    format,
                    run.name(),
                    "%.1f s".formatted(run.readyMillis() / 1000.0),
                    "%d MB".formatted(run.jvmKb() / 1024),
                    "%d MB (%d proc)".formatted(run.postgresKb() / 1024, run.postgresProcesses()),
                    "%d MB".formatted(run.totalMb()),
                    run.stop());
        }
        System.out.printf(
                format,
                "target",
                "< " + READY_TARGET.toSeconds() + " s",
                "",
                "",
                "< " + MEMORY_TARGET_MB + " MB",
                "yes");
        System.out.println("RSS is VmRSS; PostgreSQL's shared buffers count once per process, so its sum overstates.");
        for (Run run : runs) {
            System.out.printf("%-19s %s%n", run.name(), run.passed() ? "PASS" : "FAIL");
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private record Run(
            String name,
            long readyMillis,
            long jvmKb,
            long postgresKb,
            int postgresProcesses,
            String stop,
            boolean stoppedCleanly,
            String failure) {

        Run(
                String name,
                long readyMillis,
                long jvmKb,
                long postgresKb,
                int postgresProcesses,
                String stop,
                boolean stoppedCleanly) {
            this(name, readyMillis, jvmKb, postgresKb, postgresProcesses, stop, stoppedCleanly, null);
        }

        static Run failed(String name, String why) {
            return new Run(name, 0, 0, 0, 0, "-", false, why);
        }

        long totalMb() {
            return (jvmKb + postgresKb) / 1024;
        }

        boolean passed() {
            return failure == null
                    && stoppedCleanly
                    && readyMillis < READY_TARGET.toMillis()
                    && totalMb() < MEMORY_TARGET_MB;
        }
    }
}
