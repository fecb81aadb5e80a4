package org.openfid.biometrics.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openfid.spi.biometrics.BiometricSubtype;

/**
 * Small template-level synthetic fingers for the search tests: a master is random, evenly spread
 * minutiae; an impression rotates, shifts and jitters them, drops some and adds a few spurious ones,
 * the way two captures of one finger differ. Deterministic from the seeds.
 */
final class MinutiaeFingers {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 400;

    private MinutiaeFingers() {}

    /** The master minutiae of finger {@code fingerId}. */
    static TemplateMinutiae master(long fingerId) {
        var random = new Random(fingerId * 7919 + 17);
        int count = 35 + random.nextInt(15);
        var points = new ArrayList<float[]>();
        while (points.size() < count) {
            float x = 20 + random.nextFloat() * (WIDTH - 40);
            float y = 20 + random.nextFloat() * (HEIGHT - 40);
            if (points.stream().allMatch(p -> Math.hypot(p[0] - x, p[1] - y) > 18)) {
                points.add(new float[] {x, y, (float) (random.nextDouble() * 2 * Math.PI), random.nextInt(2)});
            }
        }
        return minutiae(points);
    }

    /** Impression {@code index} of a master: index 0 is the master itself. */
    static TemplateMinutiae impression(TemplateMinutiae master, long seed) {
        if (seed == 0) {
            return master;
        }
        var random = new Random(seed);
        double angle = Math.toRadians(random.nextGaussian() * 8);
        double dx = random.nextGaussian() * 10;
        double dy = random.nextGaussian() * 10;
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        var points = new ArrayList<float[]>();
        for (int i = 0; i < master.count(); i++) {
            if (random.nextDouble() < 0.12) {
                continue;
            }
            double x = master.x()[i] - cx;
            double y = master.y()[i] - cy;
            double nx = cx + x * Math.cos(angle) - y * Math.sin(angle) + dx + random.nextGaussian() * 2;
            double ny = cy + x * Math.sin(angle) + y * Math.cos(angle) + dy + random.nextGaussian() * 2;
            double direction = master.directions()[i] + angle + Math.toRadians(random.nextGaussian() * 5);
            if (nx > 2 && ny > 2 && nx < WIDTH - 2 && ny < HEIGHT - 2) {
                points.add(new float[] {
                    (float) nx, (float) ny, (float) direction, master.types().charAt(i) == 'E' ? 0 : 1
                });
            }
        }
        for (int i = 0; i < 3; i++) {
            points.add(new float[] {
                20 + random.nextFloat() * (WIDTH - 40),
                20 + random.nextFloat() * (HEIGHT - 40),
                (float) (random.nextDouble() * 2 * Math.PI),
                random.nextInt(2)
            });
        }
        return minutiae(points);
    }

    /** A serialized SourceAFIS template of impression {@code impression} of finger {@code fingerId}. */
    static EnrolledFinger finger(BiometricSubtype position, long fingerId, long impression) {
        return new EnrolledFinger(
                position, impression(master(fingerId), impression).toSourceAfis());
    }

    /** Ten fingers of person {@code personId}, impression {@code impression}. */
    static List<EnrolledFinger> tenFingers(long personId, long impression) {
        var fingers = new ArrayList<EnrolledFinger>();
        for (BiometricSubtype position : BiometricSubtype.tenFingers()) {
            fingers.add(finger(position, personId * 10 + position.isoFingerPosition(), impression));
        }
        return fingers;
    }

    private static TemplateMinutiae minutiae(List<float[]> points) {
        int n = points.size();
        short[] x = new short[n];
        short[] y = new short[n];
        float[] directions = new float[n];
        var types = new StringBuilder();
        for (int i = 0; i < n; i++) {
            float[] p = points.get(i);
            x[i] = (short) Math.round(p[0]);
            y[i] = (short) Math.round(p[1]);
            double d = p[2] % (2 * Math.PI);
            float direction = (float) (d < 0 ? d + 2 * Math.PI : d);
            directions[i] = direction >= (float) (2 * Math.PI) ? 0 : direction;
            types.append(p[3] == 0 ? 'E' : 'B');
        }
        return new TemplateMinutiae(WIDTH, HEIGHT, x, y, directions, types.toString());
    }
}
