package org.openfid.bench;

import java.util.SplittableRandom;
import org.openfid.biometrics.search.TemplateMinutiae;

/**
 * Template-level synthetic fingers for galleries too large to render and extract (a million images
 * would take hours): minutiae placed on a smooth orientation field with a core and a delta (so
 * directions correlate across fingers the way real ridge flow makes them), and impressions that
 * rotate, shift, elastically distort, jitter, lose a part of the print and gain spurious minutiae.
 * Written as SourceAFIS templates through {@link TemplateMinutiae#toSourceAfis()}.
 */
final class TemplateFingers {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 440;
    private static final double TWO_PI = 2 * Math.PI;

    private final long seed;

    TemplateFingers(long seed) {
        this.seed = seed;
    }

    /** The master minutiae of finger {@code fingerId}. */
    TemplateMinutiae master(long fingerId) {
        var random = new SplittableRandom(seed * 1_000_003L + fingerId);
        double coreX = WIDTH * (0.35 + 0.3 * random.nextDouble());
        double coreY = HEIGHT * (0.3 + 0.25 * random.nextDouble());
        double deltaX = coreX + (random.nextBoolean() ? 1 : -1) * (60 + 80 * random.nextDouble());
        double deltaY = coreY + 90 + 80 * random.nextDouble();
        double turn = random.nextDouble() * 0.6 - 0.3;
        int count = 32 + random.nextInt(30);
        var x = new short[count];
        var y = new short[count];
        var directions = new float[count];
        var types = new StringBuilder();
        int placed = 0;
        for (int attempt = 0; placed < count && attempt < 20_000; attempt++) {
            double px = 20 + random.nextDouble() * (WIDTH - 40);
            double py = 20 + random.nextDouble() * (HEIGHT - 40);
            if (tooClose(x, y, placed, px, py, 16)) {
                continue;
            }
            double ridge = 0.5 * (Math.atan2(py - coreY, px - coreX) - Math.atan2(py - deltaY, px - deltaX)) + turn;
            double direction = ridge + (random.nextBoolean() ? Math.PI : 0) + random.nextGaussian() * 0.08;
            x[placed] = (short) Math.round(px);
            y[placed] = (short) Math.round(py);
            directions[placed] = wrap(direction);
            types.append(random.nextBoolean() ? 'E' : 'B');
            placed++;
        }
        return new TemplateMinutiae(
                WIDTH,
                HEIGHT,
                java.util.Arrays.copyOf(x, placed),
                java.util.Arrays.copyOf(y, placed),
                java.util.Arrays.copyOf(directions, placed),
                types.toString());
    }

    /** Impression {@code index} (1 and up) of a master: a second capture of the same finger. */
    TemplateMinutiae impression(TemplateMinutiae master, long fingerId, int index) {
        var random = new SplittableRandom((seed * 31 + fingerId) * 1_000_003L + index * 7919L);
        double angle = Math.toRadians(Math.clamp(random.nextGaussian() * 10, -25, 25));
        double dx = random.nextGaussian() * 15;
        double dy = random.nextGaussian() * 15;
        double waveX = random.nextDouble() * TWO_PI;
        double waveY = random.nextDouble() * TWO_PI;
        double cutAt = random.nextBoolean() ? HEIGHT * (0.8 + 0.2 * random.nextDouble()) : HEIGHT;
        int n = master.count();
        int spurious = 2 + random.nextInt(4);
        var x = new short[n + spurious];
        var y = new short[n + spurious];
        var directions = new float[n + spurious];
        var types = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            double mx = master.x()[i];
            double my = master.y()[i];
            if (random.nextDouble() < 0.15 || my > cutAt) {
                continue;
            }
            // a smooth elastic displacement of up to ~5 px, as pressure and skin stretch cause
            mx += 5 * Math.sin(my / 90 + waveX);
            my += 5 * Math.sin(mx / 90 + waveY);
            double cx = mx - WIDTH / 2.0;
            double cy = my - HEIGHT / 2.0;
            double nx = WIDTH / 2.0 + cx * Math.cos(angle) - cy * Math.sin(angle) + dx + random.nextGaussian() * 1.5;
            double ny = HEIGHT / 2.0 + cx * Math.sin(angle) + cy * Math.cos(angle) + dy + random.nextGaussian() * 1.5;
            if (nx < 4 || ny < 4 || nx > WIDTH - 4 || ny > HEIGHT - 4) {
                continue;
            }
            x[kept] = (short) Math.round(nx);
            y[kept] = (short) Math.round(ny);
            directions[kept] = wrap(master.directions()[i] + angle + random.nextGaussian() * 0.1);
            types.append(
                    random.nextDouble() < 0.1
                            ? flip(master.types().charAt(i))
                            : master.types().charAt(i));
            kept++;
        }
        for (int s = 0; s < spurious; s++) {
            x[kept] = (short) (20 + random.nextInt(WIDTH - 40));
            y[kept] = (short) (20 + random.nextInt(HEIGHT - 40));
            directions[kept] = wrap(random.nextDouble() * TWO_PI);
            types.append(random.nextBoolean() ? 'E' : 'B');
            kept++;
        }
        return new TemplateMinutiae(
                WIDTH,
                HEIGHT,
                java.util.Arrays.copyOf(x, kept),
                java.util.Arrays.copyOf(y, kept),
                java.util.Arrays.copyOf(directions, kept),
                types.toString());
    }

    private static char flip(char type) {
        return type == 'E' ? 'B' : 'E';
    }

    private static boolean tooClose(short[] x, short[] y, int placed, double px, double py, double spacing) {
        for (int i = 0; i < placed; i++) {
            double dx = x[i] - px;
            double dy = y[i] - py;
            if (dx * dx + dy * dy < spacing * spacing) {
                return true;
            }
        }
        return false;
    }

    private static float wrap(double radians) {
        double r = radians % TWO_PI;
        float f = (float) (r < 0 ? r + TWO_PI : r);
        return f >= (float) TWO_PI ? 0 : f;
    }
}
