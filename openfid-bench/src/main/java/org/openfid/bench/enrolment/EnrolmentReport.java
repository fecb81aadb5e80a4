package org.openfid.bench.enrolment;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The outcome of a synthetic enrolment: final statuses, the de-duplication result against the
 * planted ground truth, and the pipeline's own cost per stage (worker-thread CPU and wall time from
 * the case histories).
 *
 * <p>A case is <em>flagged</em> as a duplicate when it ended PAUSED at a de-duplication or
 * adjudication stage (waiting for a review) or was rejected by one. A case paused at another stage
 * (a finger below the quality level, waiting for a correction) is <em>held</em>: neither caught nor
 * wrongly flagged, and a held planted duplicate counts as missed. A flagged planted duplicate is <em>caught</em>;
 * it is caught <em>against the right RID</em> when its review names its original's RID (a rejection
 * without a review cannot say, and is counted apart).
 */
final class EnrolmentReport {

    /** Runs, CPU and wall microseconds, and allocated heap bytes of one stage over all cases. */
    static final class StageCost {
        long runs;
        long cpuMicros;
        long wallMicros;
        long allocatedBytes;
    }

    final Map<String, Integer> statuses = new TreeMap<>();
    final Map<String, StageCost> stages = new TreeMap<>();
    final List<String> refusals = new ArrayList<>();
    final List<String> missed = new ArrayList<>();
    int cases;
    int planted;
    int caught;
    int caughtRightRid;
    int caughtRidUnknown;
    int held;
    int distinct;
    int wronglyFlagged;

    /** The report of {@code submitted}, with the final {@code statuses} and each RID's case history. */
    static EnrolmentReport of(
            List<EnrolmentRun.Submitted> submitted,
            Map<String, String> finals,
            Function<String, Optional<JsonNode>> histories) {
        var report = new EnrolmentReport();
        for (EnrolmentRun.Submitted one : submitted) {
            report.add(one, finals.get(one.rid()), one.refusal() == null ? histories : null);
        }
        return report;
    }

    private void add(
            EnrolmentRun.Submitted one,
            @Nullable String status,
            @Nullable Function<String, Optional<JsonNode>> histories) {
        boolean duplicate = one.entry().duplicateOf().isPresent();
        if (duplicate) {
            planted++;
        } else {
            distinct++;
        }
        if (histories == null) {
            refusals.add(one.rid() + ": " + one.refusal());
            statuses.merge("REFUSED AT INTAKE", 1, Integer::sum);
            if (duplicate) {
                missed.add(one.rid() + " (refused at intake)");
            }
            return;
        }
        cases++;
        statuses.merge(status == null ? "PENDING" : status, 1, Integer::sum);
        JsonNode history = histories.apply(one.rid()).orElse(null);
        List<String> matches = new ArrayList<>();
        boolean dedupeRejection = false;
        String lastStage = "";
        if (history != null) {
            history.path("suspectedMatches").forEach(m -> matches.add(m.asString()));
            for (JsonNode step : history.path("history")) {
                cost(step);
                String stage = step.path("stage").asString();
                lastStage = stage;
                if ("REJECTED".equals(step.path("outcome").asString())
                        && (stage.contains("DEDUP") || stage.contains("ADJUDICATION"))) {
                    dedupeRejection = true;
                }
            }
        }
        boolean reviewStage = lastStage.contains("DEDUP") || lastStage.contains("ADJUDICATION");
        boolean flagged = ("PAUSED".equals(status) && reviewStage) || ("REJECTED".equals(status) && dedupeRejection);
        if ("PAUSED".equals(status) && !reviewStage) {
            held++;
        }
        if (duplicate && flagged) {
            caught++;
            if (matches.contains(one.originalRid())) {
                caughtRightRid++;
            } else if (matches.isEmpty()) {
                caughtRidUnknown++;
            }
        } else if (duplicate) {
            missed.add(one.rid() + " (duplicate of " + one.originalRid() + ") ended " + status
                    + (lastStage.isEmpty() ? "" : " at " + lastStage));
        } else if (flagged) {
            wronglyFlagged++;
        }
    }

    private void cost(JsonNode step) {
        StageCost cost = stages.computeIfAbsent(step.path("stage").asString(), s -> new StageCost());
        cost.runs++;
        cost.cpuMicros += Math.max(0, step.path("cpuMicros").asLong());
        cost.wallMicros += Math.max(0, step.path("wallMicros").asLong());
        cost.allocatedBytes += Math.max(0, step.path("allocatedBytes").asLong());
    }

    /** CPU seconds the pipeline stages spent on their worker threads, all stages. */
    double stageCpuSeconds() {
        return stages.values().stream().mapToLong(c -> c.cpuMicros).sum() / 1e6;
    }

    /** Heap bytes the biometric stages (insert, de-duplication, authentication) allocated on their workers. */
    long biometricStageBytes() {
        return stages.entrySet().stream()
                .filter(e -> e.getKey().contains("BIOMETRIC"))
                .mapToLong(e -> e.getValue().allocatedBytes)
                .sum();
    }

    /** CPU seconds of the biometric stages on their workers. */
    double biometricStageSeconds() {
        return stages.entrySet().stream()
                .filter(e -> e.getKey().contains("BIOMETRIC"))
                .mapToDouble(e -> e.getValue().cpuMicros / 1e6)
                .sum();
    }

    /** Whether every planted duplicate was caught. */
    boolean everyDuplicateCaught() {
        return caught == planted;
    }

    /** The final statuses on one line, e.g. {@code 9 PROCESSED, 1 PAUSED}. */
    String statusSummary() {
        var parts = new ArrayList<String>();
        statuses.forEach((status, count) -> parts.add(count + " " + status));
        return String.join(", ", parts);
    }

    void printOutcome(PrintStream out) {
        out.printf("Final statuses (%d packets):%n", planted + distinct);
        statuses.forEach((status, count) -> out.printf("  %-22s %6d%n", status, count));
        refusals.stream().limit(5).forEach(r -> out.println("  refused: " + r));
        out.printf(
                "De-duplication: %d of %d planted duplicates caught (%d against the right RID, %d rejected"
                        + " without naming one); %d of %d distinct people wrongly flagged; %d held before"
                        + " de-duplication (paused elsewhere, e.g. for a biometric correction)%n",
                caught, planted, caughtRightRid, caughtRidUnknown, wronglyFlagged, distinct, held);
        missed.stream().limit(10).forEach(m -> out.println("  missed: " + m));
    }

    void printStages(PrintStream out, int perCase) {
        out.println("Pipeline stages (worker-thread CPU, wall time and heap allocation per packet, from the stage"
                + " history):");
        stages.forEach((stage, cost) -> out.printf(
                Locale.ROOT,
                "  %-28s runs %6d   CPU %8.4f s   wall %8.4f s   heap %8.1f MB%n",
                stage,
                cost.runs,
                cost.cpuMicros / 1e6 / perCase,
                cost.wallMicros / 1e6 / perCase,
                cost.allocatedBytes / 1e6 / perCase));
    }
}
