package org.openfid.synth.fingers;

import java.util.SplittableRandom;

/**
 * Value noise: random values on a coarse lattice, smoothly interpolated. Used for everything that
 * should vary slowly across a finger (ridge period, pressure, dryness, elastic displacement).
 */
final class SmoothNoise {

    private final int columns;
    private final int rows;
    private final double cell;
    private final double[] lattice;

    /** Noise with features about {@code cell} pixels apart over a {@code width x height} area. */
    SmoothNoise(int width, int height, double cell, SplittableRandom random) {
        this.cell = cell;
        this.columns = (int) Math.ceil(width / cell) + 2;
        this.rows = (int) Math.ceil(height / cell) + 2;
        this.lattice = new double[columns * rows];
        for (int i = 0; i < lattice.length; i++) {
            lattice[i] = random.nextDouble() * 2 - 1;
        }
    }

    /** The noise at (x, y), in [-1, 1]; points outside the area take the value of its border. */
    double at(double x, double y) {
        double gx = Math.max(0, Math.min(columns - 1.001, x / cell));
        double gy = Math.max(0, Math.min(rows - 1.001, y / cell));
        int ix = (int) gx;
        int iy = (int) gy;
        double fx = smooth(gx - ix);
        double fy = smooth(gy - iy);
        int i = iy * columns + ix;
        double top = lattice[i] + (lattice[i + 1] - lattice[i]) * fx;
        double bottom = lattice[i + columns] + (lattice[i + columns + 1] - lattice[i + columns]) * fx;
        return top + (bottom - top) * fy;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }
}
