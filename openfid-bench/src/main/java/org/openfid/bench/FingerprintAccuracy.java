package org.openfid.bench;

import com.machinezoo.fingerprintio.TemplateFormat;
import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.spi.biometrics.iso.FingerMinutiaeRecord;
import org.openfid.spi.biometrics.iso.Minutia;
import org.openfid.synth.fingers.MasterFinger;
import org.openfid.synth.fingers.MasterMinutiae;
import org.openfid.synth.fingers.MinutiaeTemplate;
import org.openfid.synth.fingers.SyntheticFingers;
import org.openfid.synth.fingers.SyntheticMinutiae;

/**
 * How well SourceAFIS separates synthetic fingers, in one run on all cores:
 *
 * <ol>
 *   <li>rendered images: N master fingers, an enrolment and a probe impression of each, extracted by
 *       SourceAFIS; N genuine pairs and at least 10 thousand impostor pairs (each enrolment against
 *       10 or more other fingers' probes);
 *   <li>template-level minutiae of N other fingers, imported as ISO/IEC 19794-2 records, same pairs;
 * </ol>
 *
 * printing score percentiles and histograms, FMR and FNMR at SourceAFIS's threshold 40, the equal
 * error rate, CPU time per render, extraction and comparison, and the minutiae statistics of both
 * kinds beside each other (how closely the template-level generator imitates extraction). Run with
 * {@code ./openfid bench fingers [N] [seed]}; N defaults to 1,000.
 */
public final class FingerprintAccuracy {

    static final double THRESHOLD = 40;
    private static final int MIN_IMPOSTOR_PAIRS = 10_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private FingerprintAccuracy() {}

    /** One finger's two templates and what it cost to make them. */
    record Pair(
            FingerprintTemplate enrolment,
            FingerprintTemplate probe,
            long synthesisNanos,
            long renderNanos,
            long extractNanos,
            int[] minutiaeCounts,
            double spacing) {}

    public static void main(String[] args) throws Exception {
        int fingers = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        if (fingers < 11) {
            throw new IllegalArgumentException("Need at least 11 fingers for impostor pairs");
        }
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                Locale.ROOT,
                "Synthetic fingerprint accuracy: %d fingers, seed %d, %d threads, SourceAFIS %s%n%n",
                fingers,
                seed,
                threads,
                FingerprintCompatibility.version());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            SyntheticFingers images = new SyntheticFingers(seed);
            List<Pair> rendered = run(pool, fingers, id -> renderedPair(images, id));
            System.out.printf(Locale.ROOT, "Rendered images: %.0f s wall%n", (System.nanoTime() - start) / 1e9);
            ScoreDistribution imageScores = score(pool, rendered, seed);
            printCosts(rendered, "render (master + 2 impressions)", "SourceAFIS extraction");
            System.out.println(imageScores.report("Scores, rendered images (SourceAFIS extraction):", THRESHOLD));

            start = System.nanoTime();
            SyntheticMinutiae minutiae = new SyntheticMinutiae(seed + 1);
            List<Pair> templates = run(pool, fingers, id -> templatePair(minutiae, id));
            System.out.printf(Locale.ROOT, "Template-level minutiae: %.1f s wall%n", (System.nanoTime() - start) / 1e9);
            ScoreDistribution templateScores = score(pool, templates, seed);
            printCosts(templates, "synthesis (master + 2 impressions)", "ISO 19794-2 import");
            System.out.println(
                    templateScores.report("Scores, template-level minutiae (ISO 19794-2 import):", THRESHOLD));
            printRealism(rendered, templates);
            printReference(imageScores, templateScores);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Pair renderedPair(SyntheticFingers generator, int id) {
        long t0 = CPU.getCurrentThreadCpuTime();
        MasterFinger master = generator.master(id);
        long t1 = CPU.getCurrentThreadCpuTime();
        GrayscaleImage enrolmentImage = generator.impression(master, 0);
        GrayscaleImage probeImage = generator.impression(master, 1);
        long t2 = CPU.getCurrentThreadCpuTime();
        FingerprintTemplate enrolment = extract(enrolmentImage);
        FingerprintTemplate probe = extract(probeImage);
        long t3 = CPU.getCurrentThreadCpuTime();
        List<Minutia> enrolled = exported(enrolment);
        return new Pair(
                enrolment,
                probe,
                t1 - t0,
                t2 - t1,
                t3 - t2,
                new int[] {enrolled.size(), exported(probe).size()},
                meanNearestNeighbour(enrolled));
    }

    private static Pair templatePair(SyntheticMinutiae generator, int id) {
        long t0 = CPU.getCurrentThreadCpuTime();
        MasterMinutiae master = generator.master(id);
        MinutiaeTemplate enrolmentTemplate = generator.impression(master, 0);
        MinutiaeTemplate probeTemplate = generator.impression(master, 1);
        long t1 = CPU.getCurrentThreadCpuTime();
        FingerprintTemplate enrolment = imported(enrolmentTemplate);
        FingerprintTemplate probe = imported(probeTemplate);
        long t2 = CPU.getCurrentThreadCpuTime();
        List<Minutia> enrolled = exported(enrolment);
        return new Pair(
                enrolment,
                probe,
                t1 - t0,
                0,
                t2 - t1,
                new int[] {
                    enrolmentTemplate.minutiae().size(),
                    probeTemplate.minutiae().size()
                },
                meanNearestNeighbour(enrolled));
    }

    private static FingerprintTemplate extract(GrayscaleImage image) {
        return new FingerprintTemplate(new FingerprintImage(
                image.width(), image.height(), image.pixels(), new FingerprintImageOptions().dpi(image.ppi())));
    }

    private static FingerprintTemplate imported(MinutiaeTemplate template) {
        return FingerprintCompatibility.importTemplate(
                template.toRecord(BiometricSubtype.RIGHT_INDEX).toBytes());
    }

    /** The template's minutiae as SourceAFIS reports them in a standard record. */
    private static List<Minutia> exported(FingerprintTemplate template) {
        byte[] iso = FingerprintCompatibility.exportTemplates(TemplateFormat.ISO_19794_2_2005, template);
        return FingerMinutiaeRecord.read(iso).views().getFirst().minutiae();
    }

    static double meanNearestNeighbour(List<Minutia> minutiae) {
        if (minutiae.size() < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (Minutia a : minutiae) {
            double best = Double.MAX_VALUE;
            for (Minutia b : minutiae) {
                if (a != b) {
                    best = Math.min(best, Math.hypot(a.x() - b.x(), a.y() - b.y()));
                }
            }
            sum += best;
        }
        return sum / minutiae.size();
    }

    private static List<Pair> run(ExecutorService pool, int fingers, IntFunction<Pair> task) throws Exception {
        List<Future<Pair>> futures = new ArrayList<>(fingers);
        for (int id = 0; id < fingers; id++) {
            int finger = id;
            futures.add(pool.submit(() -> task.apply(finger)));
        }
        List<Pair> pairs = new ArrayList<>(fingers);
        for (Future<Pair> future : futures) {
            pairs.add(future.get());
        }
        return pairs;
    }

    /** Genuine: each enrolment against its own probe. Impostor: against K other fingers' probes. */
    private static ScoreDistribution score(ExecutorService pool, List<Pair> pairs, long seed) throws Exception {
        int n = pairs.size();
        int others = Math.max(10, (MIN_IMPOSTOR_PAIRS + n - 1) / n);
        List<Future<double[]>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int finger = i;
            futures.add(pool.submit(() -> scoresOf(pairs, finger, others, seed)));
        }
        double[] genuine = new double[n];
        double[] impostor = new double[n * others];
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            double[] scores = futures.get(i).get();
            genuine[i] = scores[0];
            System.arraycopy(scores, 1, impostor, i * others, others);
        }
        System.out.printf(
                Locale.ROOT,
                "Comparisons: %d genuine, %d impostor pairs (%d other fingers each)%n",
                n,
                impostor.length,
                others);
        return new ScoreDistribution(genuine, impostor);
    }

    private static double[] scoresOf(List<Pair> pairs, int finger, int others, long seed) {
        int n = pairs.size();
        FingerprintMatcher matcher = new FingerprintMatcher(pairs.get(finger).enrolment());
        double[] scores = new double[others + 1];
        scores[0] = matcher.match(pairs.get(finger).probe());
        SplittableRandom random = new SplittableRandom(seed * 31 + finger);
        int[] chosen = random.ints(0, n)
                .filter(j -> j != finger)
                .distinct()
                .limit(others)
                .toArray();
        for (int k = 0; k < others; k++) {
            scores[k + 1] = matcher.match(pairs.get(chosen[k]).probe());
        }
        return scores;
    }

    private static void printCosts(List<Pair> pairs, String synthesis, String extraction) {
        double master = pairs.stream().mapToLong(Pair::synthesisNanos).average().orElse(0) / 1e6;
        double render = pairs.stream().mapToLong(Pair::renderNanos).average().orElse(0) / 2e6;
        double extract = pairs.stream().mapToLong(Pair::extractNanos).average().orElse(0) / 2e6;
        System.out.printf(
                Locale.ROOT,
                "CPU time per finger: %s %.1f ms%s; %s %.1f ms per template%n",
                synthesis,
                master + 2 * render,
                render > 0
                        ? String.format(Locale.ROOT, " (master %.1f ms, %.1f ms per impression)", master, render)
                        : "",
                extraction,
                extract);
    }

    private static void printRealism(List<Pair> rendered, List<Pair> templates) {
        System.out.println("Minutiae per template and spacing (mean distance to the nearest minutia):");
        for (var kind : List.of(
                List.of("extracted from rendered images", rendered), List.of("template-level synthesis", templates))) {
            @SuppressWarnings("unchecked")
            List<Pair> pairs = (List<Pair>) kind.get(1);
            double[] counts = pairs.stream()
                    .flatMapToInt(p -> java.util.Arrays.stream(p.minutiaeCounts()))
                    .asDoubleStream()
                    .sorted()
                    .toArray();
            double spacing = pairs.stream()
                    .mapToDouble(Pair::spacing)
                    .filter(Double::isFinite)
                    .average()
                    .orElse(0);
            System.out.printf(
                    Locale.ROOT,
                    "  %-32s count p5 %.0f, median %.0f, p95 %.0f; spacing %.1f px%n",
                    kind.get(0),
                    ScoreDistribution.percentile(counts, 5),
                    ScoreDistribution.percentile(counts, 50),
                    ScoreDistribution.percentile(counts, 95),
                    spacing);
        }
        System.out.println();
    }

    private static void printReference(ScoreDistribution images, ScoreDistribution templates) {
        System.out.println(
                "Reference: SourceAFIS documents threshold 40 as FMR 0.01 %; on real prints (FVC-onGoing FV-STD)");
        System.out.printf(
                Locale.ROOT,
                "  its EER is 3.87 %%. Here: EER %.4f %% (images), %.4f %% (templates); "
                        + "FMR at 40 %.4f %% / %.4f %%.%n",
                100 * images.equalErrorRate()[0],
                100 * templates.equalErrorRate()[0],
                100 * images.falseMatchRate(THRESHOLD),
                100 * templates.falseMatchRate(THRESHOLD));
    }
}
