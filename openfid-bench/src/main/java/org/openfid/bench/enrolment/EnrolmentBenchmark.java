package org.openfid.bench.enrolment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code ./openfid bench enrolment [N] [--gallery G] [--duplicates K] [--keep]}: starts the platform
 * as a child process on a fresh data folder, pre-loads its ABIS gallery with G template-level
 * synthetic people (default 10,000), enrols N synthetic people (default 200, 5 % planted duplicates)
 * through the HTTP APIs with {@link SyntheticEnrolment}, and prints packets/s end to end, the server's
 * CPU-seconds per packet from the kernel's accounting (split by thread group and, from the case
 * histories, by pipeline stage), PostgreSQL's CPU, the de-duplication outcome, and the issue's
 * targets met or not.
 */
public final class EnrolmentBenchmark {

    private static final double TARGET_ALL = 5.0;
    private static final double TARGET_REST = 0.5;

    private EnrolmentBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path launcher =
                Path.of(System.getProperty("openfid.launcher", "openfid")).toAbsolutePath();
        int count = 200;
        int gallery = 10_000;
        Integer duplicates = null;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gallery" -> gallery = Integer.parseInt(args[++i]);
                case "--duplicates" -> duplicates = Integer.parseInt(args[++i]);
                case "--keep" -> keep = true;
                default -> count = Integer.parseInt(args[i]);
            }
        }
        int planted = duplicates != null ? duplicates : Math.max(1, Math.round(count * 0.05f));
        Path dataDir = Files.createTempDirectory("openfid-enrolment-bench-");
        boolean ok;
        try (ChildPlatform platform = ChildPlatform.start(launcher, dataDir)) {
            ok = measure(platform, count, planted, gallery);
        }
        if (keep) {
            System.out.println("Data folder kept: " + dataDir);
        } else {
            delete(dataDir);
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean measure(ChildPlatform platform, int count, int planted, int gallery) throws Exception {
        var client = new PlatformClient(platform.url());
        String admin = PlatformClient.basic("admin", platform.adminPassword);
        System.out.printf("Platform pid %d on port %d, data %s%n", platform.pid(), platform.port, platform.dataDir);
        long loadStart = System.nanoTime();
        int loaded = new GalleryPreload(client, admin, 7_770_001L).load(gallery, 2);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "Gallery: %d template-level synthetic people (ten ISO 19794-2 minutiae records each, via"
                        + " /v1/abis/insert; gallery records only, no enrolment case or identity) in %.0f s"
                        + " (%.0f people/s)%n",
                loaded,
                loadSeconds,
                loaded / loadSeconds);

        warmUp(platform, admin, count);
        var reference = new MachineReference();
        double referenceBefore = reference.tenFingerSeconds();
        try (var heap = HeapAllocation.Probe.attach(platform.pid())) {
            Snapshot before = Snapshot.of(platform, heap);
            var after = new AtomicReference<Snapshot>();
            var result = SyntheticEnrolment.run(
                    options(platform, admin, count, planted, 2026), true, () -> after.set(Snapshot.of(platform, heap)));
            var costs = new Costs(
                    after.get().cpu().since(before.cpu()),
                    after.get().heap().since(before.heap()),
                    after.get().cpu().totalSeconds() - before.cpu().totalSeconds(),
                    after.get().postgres() - before.postgres(),
                    after.get().client() - before.client(),
                    referenceBefore,
                    reference.tenFingerSeconds());
            return print(result, costs);
        }
    }

    /**
     * The counters at one moment: the server's CPU and heap by thread, PostgreSQL's CPU, this
     * client's CPU. The "after" one is taken when the last packet is final, before the report's
     * history queries.
     */
    private record Snapshot(ProcessCpu cpu, HeapAllocation heap, double postgres, double client) {
        static Snapshot of(ChildPlatform platform, HeapAllocation.Probe probe) {
            HeapAllocation heap = probe.snapshot();
            ProcessCpu cpu = ProcessCpu.of(platform.pid());
            double postgres = platform.postmaster().stream()
                    .mapToDouble(ProcessCpu::treeSeconds)
                    .sum();
            return new Snapshot(cpu, heap, postgres, clientCpu());
        }
    }

    /**
     * What the measured run cost: server CPU seconds and heap bytes by thread group, the server's and
     * PostgreSQL's CPU seconds in total, this client's, and the machine's speed before and after
     * ({@link MachineReference}, CPU seconds of one ten-finger extraction).
     */
    private record Costs(
            Map<String, Double> threads,
            Map<String, Long> heap,
            double server,
            double postgres,
            double client,
            double referenceBefore,
            double referenceAfter) {}

    /**
     * Enrols a few people of another population first, not counted: the first packets run in the
     * interpreter and pay the JIT compiler (0.4-0.8 CPU-s per packet over a short run), which is
     * start-up cost, not the cost of an enrolment.
     */
    private static void warmUp(ChildPlatform platform, String admin, int count) throws InterruptedException {
        int warm = Math.clamp(count / 5, 10, 30);
        long started = System.nanoTime();
        var result = SyntheticEnrolment.run(options(platform, admin, warm, 0, 1_999), false);
        System.out.printf(
                Locale.ROOT,
                "Warm-up: %d packets of another population (seed 1999) in %.0f s, not counted: %s%n",
                warm,
                (System.nanoTime() - started) / 1e9,
                result.report().statusSummary());
    }

    private static SyntheticEnrolment.Options options(
            ChildPlatform platform, String admin, int count, int duplicates, long seed) {
        return new SyntheticEnrolment.Options(
                count,
                duplicates,
                seed,
                platform.url(),
                platform.dataDir,
                admin,
                PlatformClient.basic(ChildPlatform.STATION, platform.stationPassword),
                Duration.ofMinutes(5));
    }

    private static boolean print(SyntheticEnrolment.Result result, Costs costs) {
        var report = result.report();
        int n = result.submitted().size();
        System.out.println();
        report.printOutcome(System.out);
        System.out.println(result.captureSummary());
        System.out.printf(
                Locale.ROOT,
                "Throughput: %d packets in %.1f s end to end = %.2f packets/s (submission alone %.1f s; the"
                        + " client rendering ten finger images per packet shares this machine's CPUs: %.2f CPU-s"
                        + " per packet)%n",
                n,
                result.totalSeconds(),
                n / result.totalSeconds(),
                result.submitSeconds(),
                costs.client() / n);
        System.out.printf(
                Locale.ROOT,
                "Machine reference (one ten-finger SourceAFIS extraction of a fixed synthetic person, one thread of"
                        + " this client, platform idle; before / after the run): %.3f / %.3f CPU-s%n",
                costs.referenceBefore(),
                costs.referenceAfter());
        System.out.printf(
                Locale.ROOT, "Server CPU per packet (kernel accounting of pid): %.3f s%n", costs.server() / n);
        costs.threads().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-46s %8.3f s%n", e.getKey(), e.getValue() / n));
        long heap = costs.heap().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(
                Locale.ROOT,
                "Server heap allocated per packet (the JVM's thread accounting): %.1f MB%n",
                heap / 1e6 / n);
        costs.heap().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-46s %8.1f MB%n", e.getKey(), e.getValue() / 1e6 / n));
        report.printStages(System.out, n);
        double stages = report.stageCpuSeconds();
        System.out.printf(
                Locale.ROOT,
                "  stages together %.3f s; other (intake, status, parallel helpers, GC, JIT) %.3f s%n",
                stages / n,
                (costs.server() - stages) / n);
        System.out.printf(Locale.ROOT, "PostgreSQL CPU per packet: %.3f s%n", costs.postgres() / n);
        return targets(report, costs, n);
    }

    /**
     * Prints the targets. The second leaves out extraction and 1:N search: the parallel helpers
     * they run on, the biometric stages' worker time, and the collector's time in proportion to the heap
     * those allocated (the collector runs because of allocation; see ADR 0022). JIT, HTTP and PostgreSQL
     * stay in full.
     */
    private static boolean targets(EnrolmentReport report, Costs costs, int n) {
        long heap = costs.heap().values().stream().mapToLong(Long::longValue).sum();
        long biometricHeap = costs.heap().getOrDefault(ProcessCpu.HELPERS, 0L) + report.biometricStageBytes();
        double collector = costs.threads().getOrDefault(ProcessCpu.COLLECTOR, 0.0);
        double share = heap > 0 ? Math.min(1.0, (double) biometricHeap / heap) : 0;
        double excluded = costs.threads().getOrDefault(ProcessCpu.HELPERS, 0.0)
                + report.biometricStageSeconds()
                + collector * share;
        double all = costs.server() + costs.postgres();
        double perAll = all / n;
        double perRest = (all - excluded) / n;
        boolean dedupeRan = report.stages.keySet().stream().anyMatch(s -> s.contains("DEDUP"));
        System.out.println("Targets (issue 5; MOSIP's sizing implies about 100 vCPU-s per enrolment):");
        System.out.printf(
                Locale.ROOT,
                "  all included (server + PostgreSQL) %.3f CPU-s/packet < %.1f: %s (%.0fx below MOSIP)%n",
                perAll,
                TARGET_ALL,
                perAll < TARGET_ALL ? "met" : "NOT met",
                100 / perAll);
        System.out.printf(
                Locale.ROOT,
                "  without extraction and 1:N search %.3f CPU-s/packet < %.1f: %s (the collector's %.3f s charged"
                        + " %.0f %% to extraction and search, by the heap they allocated; all of it counted here"
                        + " would make %.3f)%n",
                perRest,
                TARGET_REST,
                perRest < TARGET_REST ? "met" : "NOT met",
                collector / n,
                share * 100,
                perRest + collector * share / n);
        System.out.printf(
                "  every planted duplicate caught (%d of %d): %s%n",
                report.caught,
                report.planted,
                report.everyDuplicateCaught()
                        ? "met"
                        : dedupeRan ? "NOT met" : "NOT met (this build's flow has no de-duplication stage)");
        if (!dedupeRan) {
            System.out.println("  Note: no de-duplication stage ran, so these CPU figures exclude extraction and 1:N"
                    + " search entirely; they are not yet the cost of a complete enrolment.");
        }
        return report.everyDuplicateCaught() && perAll < TARGET_ALL && perRest < TARGET_REST;
    }

    private static double clientCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return 0;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
