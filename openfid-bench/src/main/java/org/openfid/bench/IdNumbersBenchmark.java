package org.openfid.bench;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openfid.identity.NumberSettings;
import org.openfid.identity.numbers.NumberGenerator;
import org.openfid.identity.numbers.NumberRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * UIN generation with MOSIP's full rule set (length 10, Verhoeff, not-start-with, restricted numbers,
 * sequences with wrap-around, repeats, repeated blocks, even runs, halves, cyclic numbers) on one
 * thread, beside the rate of raw SecureRandom candidates (10 digits with their check digit, no
 * filter) from the same generator in the same run. Target: above 10,000 valid UINs per second on one
 * core. Run with {@code ./openfid bench numbers}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@Fork(1)
public class IdNumbersBenchmark {

    static final double TARGET = 10_000;

    private NumberGenerator uins;
    private NumberGenerator vids;

    @Setup
    public void start() {
        NumberSettings settings = NumberSettings.defaults();
        uins = new NumberGenerator(NumberRules.uin(settings), new SecureRandom());
        vids = new NumberGenerator(NumberRules.vid(settings), new SecureRandom());
    }

    @Benchmark
    public String validUin() {
        return uins.next();
    }

    @Benchmark
    public String rawCandidate() {
        return uins.candidate();
    }

    @Benchmark
    public String validVid() {
        return vids.next();
    }

    /** Runs the benchmarks and prints the valid-UIN rate against the target and the raw reference. */
    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include(IdNumbersBenchmark.class.getName() + "\\.")
                        .build())
                .run();
        Map<String, Double> score = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            score.put(
                    name.substring(name.lastIndexOf('.') + 1),
                    result.getPrimaryResult().getScore());
        }
        double uin = score.get("validUin");
        double raw = score.get("rawCandidate");
        System.out.println();
        System.out.println("UIN generation, full MOSIP rule set, one thread (ops/s, higher is better)");
        System.out.printf(
                "  valid UINs            %,12.0f /s   target %,.0f /s %s%n",
                uin, TARGET, uin > TARGET ? "(meets target)" : "(MISSES target)");
        System.out.printf("  valid VIDs (16 digits) %,11.0f /s%n", score.get("validVid"));
        System.out.printf(
                "  raw SecureRandom candidates %,6.0f /s   valid/raw ratio %.4f (%.1f candidates' worth per UIN)%n",
                raw, uin / raw, raw / uin);
    }
}
