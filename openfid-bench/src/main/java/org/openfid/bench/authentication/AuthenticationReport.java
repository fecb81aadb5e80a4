package org.openfid.bench.authentication;

/** Prints each phase's figures beside the targets and the in-run crypto ceiling. */
final class AuthenticationReport {

    private static final double TARGET_PER_VCPU = 150;
    private static final double TARGET_SHARE = 0.60;
    private static final double TARGET_P99_MS = 50;

    private AuthenticationReport() {}

    static void demographic(
            LoadRun.Result run, CryptoCeiling.Result before, CryptoCeiling.Result after, double ceiling) {
        System.out.println();
        System.out.println("Demographic authentication, full request crypto over HTTP (closed loop)");
        common(run);
        System.out.printf(
                "  crypto ceiling (1 RSA-OAEP-SHA256 decrypt + 1 RS256 sign, one thread, JDK): %.0f / %.0f per CPU-second"
                        + " before / after (decrypt %.0f us, sign %.0f us); mean %.0f%n",
                before.perCpuSecond(), after.perCpuSecond(), before.decryptMicros(), before.signMicros(), ceiling);
        double perCpu = run.perServerCpuSecond();
        System.out.printf(
                "  target >= %.0f per vCPU (server CPU-second): %.0f -> %s (MOSIP IDA: about 2)%n",
                TARGET_PER_VCPU, perCpu, perCpu >= TARGET_PER_VCPU ? "met" : "NOT met");
        System.out.printf(
                "  target >= %.0f %% of the crypto ceiling: %.0f %% -> %s%n",
                TARGET_SHARE * 100, perCpu / ceiling * 100, perCpu / ceiling >= TARGET_SHARE ? "met" : "NOT met");
    }

    static void paced(LoadRun.Result run, double target) {
        System.out.println();
        System.out.printf("Demographic authentication paced at %.0f requests/s (latency at load)%n", target);
        common(run);
        System.out.printf(
                "  target p99 < %.0f ms at %.0f per server CPU-second: p99 %.1f ms -> %s%n",
                TARGET_P99_MS,
                run.perServerCpuSecond(),
                run.millis(0.99),
                run.millis(0.99) < TARGET_P99_MS ? "met" : "NOT met");
        if (!run.slowBySecond().isEmpty()) {
            System.out.printf(
                    "  over 50 ms: %d transactions; by second of the phase they started in: %s%n",
                    run.slowBySecond().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum(),
                    run.slowBySecond());
        }
    }

    static void other(String title, LoadRun.Result run, double ceiling) {
        System.out.println();
        System.out.println(title);
        common(run);
        System.out.printf("  %.0f %% of the authentication crypto ceiling%n", run.perServerCpuSecond() / ceiling * 100);
    }

    private static void common(LoadRun.Result run) {
        System.out.printf(
                "  %,d succeeded, %,d failed in %.1f s: %.1f transactions/s%n",
                run.succeeded(), run.failed(), run.seconds(), run.perSecond());
        System.out.printf(
                "  server CPU %.1f s -> %.0f transactions per server CPU-second; PostgreSQL CPU %.1f s"
                        + " (%.0f per CPU-second with it)%n",
                run.serverCpu(),
                run.perServerCpuSecond(),
                run.databaseCpu(),
                run.succeeded() / (run.serverCpu() + run.databaseCpu()));
        System.out.printf(
                "  latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                run.millis(0.50), run.millis(0.95), run.millis(0.99));
        StringBuilder threads = new StringBuilder("  server CPU by thread group, ms per transaction:");
        run.threads().entrySet().stream()
                .filter(e -> e.getValue() > 0.05)
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> threads.append(
                        String.format(" %s %.2f;", e.getKey(), e.getValue() * 1000 / Math.max(1, run.succeeded()))));
        System.out.println(threads);
    }
}
