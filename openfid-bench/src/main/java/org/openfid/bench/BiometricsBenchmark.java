package org.openfid.bench;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.openfid.biometrics.search.FusionRule;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.synth.fingers.SyntheticFingers;
import org.openfid.synth.fingers.SyntheticMinutiae;

/**
 * Fingerprint matching and 1:N search in one run, on the same galleries and probes throughout:
 *
 * <ol>
 *   <li>SourceAFIS template extractions/s on rendered synthetic 500 ppi images (one thread, then all
 *       cores), and 1:1 comparisons/s for mates and non-mates;
 *   <li>per-finger and fused (10-finger) genuine and impostor scores of those image templates, with
 *       FMR/FNMR at the fusion rule's floor and threshold;
 *   <li>single-finger identify against 10 thousand and 100 thousand fingers, indexed vs brute force:
 *       latency, comparisons avoided, planted duplicates missed ({@link SearchRuns});
 *   <li>ten-finger identify against 100 thousand people (1 million fingers), with the brute-force
 *       reference measured on a 10 thousand person share and scaled.
 * </ol>
 *
 * Large galleries are template-level synthetic minutiae ({@link org.openfid.synth.fingers.SyntheticMinutiae}) written as SourceAFIS
 * templates, because rendering and extracting a million images would take hours. Run with
 * {@code ./openfid bench biometrics [maxFingers] [--no-images] [--single N]} (default 1,000,000;
 * 100000 gives a quick run; {@code --no-images} skips rendering and extraction; {@code --single N}
 * caps the single-finger galleries, whose brute-force reference is the slowest part).
 */
public final class BiometricsBenchmark {

    static final double THRESHOLD = 40;
    private static final int IMAGE_PEOPLE = 6;

    private BiometricsBenchmark() {}

    public static void main(String[] args) {
        int maxFingers = 1_000_000;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--single")) {
                i++;
            } else if (args[i].matches("[0-9_]+")) {
                maxFingers = Integer.parseInt(args[i].replace("_", ""));
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                "Biometrics benchmark: SourceAFIS %s, %d cores, max heap %d MB%n",
                com.machinezoo.sourceafis.FingerprintCompatibility.version(),
                cores,
                Runtime.getRuntime().maxMemory() >> 20);
        if (!Arrays.asList(args).contains("--no-images")) {
            imageFigures(cores);
        }
        int single = Math.min(maxFingers, 100_000);
        int singleAt = Arrays.asList(args).indexOf("--single");
        if (singleAt >= 0 && singleAt + 1 < args.length) {
            single = Math.min(single, Integer.parseInt(args[singleAt + 1].replace("_", "")));
        }
        var runs = new SearchRuns(new SyntheticMinutiae(42));
        runs.singleFinger(single);
        runs.tenFingers(maxFingers / 10);
    }

    /** Extraction and 1:1 speed, and the fusion error rates, on rendered images. */
    private static void imageFigures(int cores) {
        var synth = new SyntheticFingers(42);
        int fingers = IMAGE_PEOPLE * 10;
        long start = System.nanoTime();
        List<GrayscaleImage[]> images = IntStream.range(0, fingers)
                .parallel()
                .mapToObj(id -> {
                    var master = synth.master(id);
                    return new GrayscaleImage[] {synth.impression(master, 0), synth.impression(master, 1)};
                })
                .toList();
        System.out.printf(
                "%nRendered %d synthetic 500 ppi impressions (%d fingers x 2) in %.1f s on %d cores%n",
                fingers * 2, fingers, seconds(start), cores);
        int single = Math.min(40, fingers);
        start = System.nanoTime();
        for (int i = 0; i < single; i++) {
            extract(images.get(i)[0]);
        }
        double oneThread = single / seconds(start);
        start = System.nanoTime();
        List<FingerprintTemplate[]> templates = images.parallelStream()
                .map(pair -> new FingerprintTemplate[] {extract(pair[0]), extract(pair[1])})
                .toList();
        double allCores = fingers * 2 / seconds(start);
        System.out.printf(
                "Template extraction: %.1f/s on 1 thread, %.1f/s on %d cores (x%.2f)%n",
                oneThread, allCores, cores, allCores / oneThread);
        comparisonSpeed(templates);
        fusionErrors(templates);
    }

    private static FingerprintTemplate extract(GrayscaleImage image) {
        var options = new FingerprintImageOptions().dpi(image.ppi());
        return new FingerprintTemplate(new FingerprintImage(image.width(), image.height(), image.pixels(), options));
    }

    /** 1:1 comparisons/s on one thread: a probe matcher against many mates or many non-mates. */
    static void comparisonSpeed(List<FingerprintTemplate[]> templates) {
        int n = templates.size();
        var matchers = templates.stream().map(t -> new FingerprintMatcher(t[1])).toList();
        for (int warm = 0; warm < 3; warm++) {
            rate(matchers, templates, true);
            rate(matchers, templates, false);
        }
        double mates = rate(matchers, templates, true);
        double nonMates = rate(matchers, templates, false);
        System.out.printf(
                "1:1 comparisons on 1 thread: mates %.0f/s, non-mates %.0f/s (non-mates x%.1f; %d fingers)%n",
                mates, nonMates, nonMates / mates, n);
    }

    private static double rate(
            List<FingerprintMatcher> matchers, List<FingerprintTemplate[]> templates, boolean mates) {
        int n = templates.size();
        long count = 0;
        double sink = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < 1_000_000_000L) {
            for (int i = 0; i < n; i++) {
                sink += matchers.get(i).match(templates.get(mates ? i : (i + 1 + (int) (count % (n - 1))) % n)[0]);
                count++;
            }
        }
        return sink < 0 ? 0 : count / seconds(start);
    }

    /**
     * Genuine and impostor scores of the rendered fingers, per finger and fused per person with
     * {@link FusionRule#DEFAULT} (impostors: every other person, same finger positions).
     */
    private static void fusionErrors(List<FingerprintTemplate[]> templates) {
        var rule = FusionRule.DEFAULT;
        var matchers = templates.stream().map(t -> new FingerprintMatcher(t[1])).toList();
        List<Double> genuineFinger = new ArrayList<>();
        List<Double> impostorFinger = new ArrayList<>();
        List<Double> genuineFused = new ArrayList<>();
        List<Double> impostorFused = new ArrayList<>();
        for (int probe = 0; probe < IMAGE_PEOPLE; probe++) {
            for (int enrolled = 0; enrolled < IMAGE_PEOPLE; enrolled++) {
                double[] scores = new double[10];
                for (int f = 0; f < 10; f++) {
                    scores[f] = matchers.get(probe * 10 + f).match(templates.get(enrolled * 10 + f)[0]);
                    (probe == enrolled ? genuineFinger : impostorFinger).add(scores[f]);
                }
                (probe == enrolled ? genuineFused : impostorFused).add(Math.max(0, rule.fuse(scores)));
            }
        }
        System.out.printf(
                "%nScores of rendered impressions (%d fingers, %d people), fusion: sum of fingers >= %.0f, at least %d%n",
                IMAGE_PEOPLE * 10, IMAGE_PEOPLE, rule.fingerFloor(), rule.minFingers());
        report("  per finger", genuineFinger, impostorFinger, rule.fingerFloor());
        report("  per finger", genuineFinger, impostorFinger, THRESHOLD);
        report("  fused (10 fingers)", genuineFused, impostorFused, THRESHOLD);
    }

    static void report(String what, List<Double> genuine, List<Double> impostor, double threshold) {
        double[] g = genuine.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] i = impostor.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long missed = Arrays.stream(g).filter(s -> s < threshold).count();
        long falseMatches = Arrays.stream(i).filter(s -> s >= threshold).count();
        System.out.printf(
                "%s: genuine min %.1f median %.1f (n=%d); impostor median %.1f max %.1f (n=%d); at %.0f: FNMR %d/%d, FMR %d/%d%n",
                what,
                g.length == 0 ? 0 : g[0],
                g.length == 0 ? 0 : g[g.length / 2],
                g.length,
                i.length == 0 ? 0 : i[i.length / 2],
                i.length == 0 ? 0 : i[i.length - 1],
                i.length,
                threshold,
                missed,
                g.length,
                falseMatches,
                i.length);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static List<BiometricSubtype> tenFingers() {
        return BiometricSubtype.tenFingers();
    }
}
