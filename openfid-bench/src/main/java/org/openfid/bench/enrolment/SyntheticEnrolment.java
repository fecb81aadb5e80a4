package org.openfid.bench.enrolment;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ./openfid enrol --synthetic N [--duplicates K] [--seed S] [--url URL] [--account NAME:PASSWORD]}:
 * enrols N synthetic people (K of them planted duplicates) on a running platform the way a
 * registration machine does, then waits for their final statuses and prints a summary.
 *
 * <p>Needs the administrator's password (to register the demo machine once and read case histories:
 * {@code OPENFID_ADMIN_PASSWORD} or {@code <data>/admin-password}) and a service account with the
 * {@code REGISTRATION_CLIENT} role ({@code --account} or {@code OPENFID_ENROL_ACCOUNT}), configured
 * on the platform with {@code OPENFID_SERVICE_ACCOUNTS_n_*}. Exit code 0 when every packet reached a
 * final status, 1 otherwise, 2 when misused.
 */
public final class SyntheticEnrolment {

    /**
     * What to enrol and where.
     *
     * @param count packets
     * @param duplicates planted duplicates among them
     * @param seed population seed
     * @param url the platform
     * @param dataDir the platform's data folder (the station's keys go to {@code enrol-station/})
     * @param admin the administrator's {@code Authorization} value
     * @param account the registration client's {@code Authorization} value
     * @param patience how long to wait without any case reaching a final status
     */
    record Options(
            int count,
            int duplicates,
            long seed,
            URI url,
            Path dataDir,
            String admin,
            String account,
            Duration patience) {}

    /**
     * What a run gave.
     *
     * @param submitted the packets, in order
     * @param finals RID to final (internal) status
     * @param report statuses, de-duplication and stage costs
     * @param submitSeconds from the first build to the last upload
     * @param totalSeconds from the first build to the last final status
     * @param recaptures fingers the station captured again for low quality
     * @param stillPoor fingers sent below the station's threshold after every attempt
     */
    record Result(
            List<EnrolmentRun.Submitted> submitted,
            Map<String, String> finals,
            EnrolmentReport report,
            double submitSeconds,
            double totalSeconds,
            int recaptures,
            int stillPoor) {

        /** The station's re-capture line of the report. */
        String captureSummary() {
            return String.format(
                    "Station capture: %d fingers re-captured below quality %d, %d still below after %d attempts",
                    recaptures, FingerCapture.THRESHOLD, stillPoor, FingerCapture.ATTEMPTS);
        }
    }

    private SyntheticEnrolment() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = CommandLine.options(args);
        } catch (IllegalArgumentException e) {
            System.err.println("openfid enrol: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        Result result = run(options, true);
        result.report().printOutcome(System.out);
        System.out.println(result.captureSummary());
        result.report().printStages(System.out, Math.max(1, result.report().cases));
        System.out.printf(
                "%d packets in %.1f s end to end (%.2f packets/s); submitted in %.1f s%n",
                result.submitted().size(),
                result.totalSeconds(),
                result.submitted().size() / result.totalSeconds(),
                result.submitSeconds());
        boolean allFinal = result.finals().values().stream().noneMatch("PENDING"::equals);
        System.exit(allFinal ? 0 : 1);
    }

    /** Registers the station (if needed), submits the plan and waits for every final status. */
    static Result run(Options options, boolean explain) throws InterruptedException {
        return run(options, explain, () -> {});
    }

    /**
     * The same, calling {@code settled} once every packet is final (or the patience ran out) and
     * before the case histories are read for the report, so that a caller measuring the platform
     * can stop its clocks there: the report's queries are the benchmark's, not enrolment's.
     */
    static Result run(Options options, boolean explain, Runnable settled) throws InterruptedException {
        var platform = new PlatformClient(options.url());
        Path folder = options.dataDir().resolve("enrol-station");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create " + folder, e);
        }
        DemoStation station = DemoStation.open(folder, platform, options.admin());
        PacketPlan plan = PacketPlan.of(options.seed(), options.count(), options.duplicates());
        if (explain) {
            System.out.printf(
                    "Station: machine %s at centre %s, operator %s; %d packets of synthetic people (seed %d),"
                            + " %d planted duplicates, ten fingers each%n",
                    station.machineId(),
                    station.centreId(),
                    station.operator(),
                    options.count(),
                    options.seed(),
                    plan.duplicates());
        }
        var submitter = new Submitter(platform, station, options.account(), plan.population());
        long first = DemoStation.reserve(folder, options.count());
        int builders = Math.max(1, Runtime.getRuntime().availableProcessors());
        long started = System.nanoTime();
        var submitted = EnrolmentRun.submit(submitter, plan, first, builders);
        double submitSeconds = (System.nanoTime() - started) / 1e9;
        var watch = new StatusWatch(platform, options.account(), options.admin());
        List<String> acknowledged = submitted.stream()
                .filter(s -> s.refusal() == null)
                .map(EnrolmentRun.Submitted::rid)
                .toList();
        Map<String, String> finals = watch.await(acknowledged, options.patience());
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        settled.run();
        var report = EnrolmentReport.of(submitted, finals, watch::history);
        return new Result(
                submitted,
                finals,
                report,
                submitSeconds,
                totalSeconds,
                submitter.capture().recaptures(),
                submitter.capture().stillPoor());
    }
}
