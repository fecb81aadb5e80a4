package org.openfid.synth.fingers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where the cores and deltas of each pattern class sit on a finger, relative to its shape: loops
 * have one core above the centre and one delta below it on the side the ridges do not leave from,
 * whorls two cores and two deltas, tented arches a delta right under the core.
 */
final class SingularPlacement {

    private SingularPlacement() {}

    static List<SingularPoint> place(PatternClass pattern, FingerShape shape, SplittableRandom random) {
        double a = shape.halfWidth();
        double b = shape.topHalfHeight();
        double cx = shape.centreX() + jitter(random, a * 0.2);
        double cy = shape.centreY() - b * 0.1 + jitter(random, b * 0.2);
        List<SingularPoint> points = new ArrayList<>();
        switch (pattern) {
            case ARCH -> {
                // no singular point: OrientationModel draws the hump
            }
            case TENTED_ARCH -> {
                points.add(core(cx, cy));
                points.add(delta(cx + jitter(random, a * 0.08), cy + b * (0.35 + random.nextDouble() * 0.15)));
            }
            case LEFT_LOOP, RIGHT_LOOP -> {
                double side = pattern == PatternClass.LEFT_LOOP ? 1 : -1;
                points.add(core(cx - side * a * 0.1, cy));
                double dx = a * (0.3 + random.nextDouble() * 0.5);
                double dy = b * (0.45 + random.nextDouble() * 0.5);
                points.add(delta(cx - side * a * 0.1 + side * dx, cy + dy));
            }
            case WHORL -> {
                double gap = b * (0.08 + random.nextDouble() * 0.14);
                double tilt = jitter(random, a * 0.1);
                points.add(core(cx - tilt, cy - gap / 2));
                points.add(core(cx + tilt, cy + gap / 2));
                double dy = b * (0.6 + random.nextDouble() * 0.25);
                points.add(delta(cx - a * (0.55 + random.nextDouble() * 0.2), cy + dy + jitter(random, b * 0.1)));
                points.add(delta(cx + a * (0.55 + random.nextDouble() * 0.2), cy + dy + jitter(random, b * 0.1)));
            }
        }
        return points;
    }

    private static double jitter(SplittableRandom random, double amplitude) {
        return (random.nextDouble() * 2 - 1) * amplitude;
    }

    private static SingularPoint core(double x, double y) {
        return new SingularPoint(SingularPoint.Kind.CORE, x, y);
    }

    private static SingularPoint delta(double x, double y) {
        return new SingularPoint(SingularPoint.Kind.DELTA, x, y);
    }
}
