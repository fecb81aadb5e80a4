package org.openfid.synth.fingers;

import java.util.List;
import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * One synthetic finger: what every impression of it shares. Holds the ridge pattern of the whole
 * fingertip on a canvas larger than an impression, so impressions can be shifted and rotated and still
 * show ridges. Immutable; about 1 MB, so callers that need thousands render and drop them one by one.
 */
public final class MasterFinger {

    private final long fingerId;
    private final long seed;
    private final PatternClass patternClass;
    private final FingerShape shape;
    private final OrientationModel orientation;
    private final double ridgePeriod;
    private final int width;
    private final int height;
    private final float[] ridges;

    MasterFinger(
            long fingerId,
            long seed,
            PatternClass patternClass,
            FingerShape shape,
            OrientationModel orientation,
            double ridgePeriod,
            int width,
            int height,
            float[] ridges) {
        this.fingerId = fingerId;
        this.seed = seed;
        this.patternClass = patternClass;
        this.shape = shape;
        this.orientation = orientation;
        this.ridgePeriod = ridgePeriod;
        this.width = width;
        this.height = height;
        this.ridges = ridges;
    }

    /** The id this finger was made for (with the generator's seed, it determines the finger). */
    public long fingerId() {
        return fingerId;
    }

    /** The seed derived from the generator's seed and the finger id; impressions derive theirs from it. */
    public long seed() {
        return seed;
    }

    public PatternClass patternClass() {
        return patternClass;
    }

    /** Cores and deltas in canvas pixels (none for a plain arch). */
    public List<SingularPoint> singularPoints() {
        return orientation.singularPoints();
    }

    /** Mean ridge period in pixels at 500 ppi. */
    public double ridgePeriod() {
        return ridgePeriod;
    }

    /** Canvas width in pixels. */
    public int width() {
        return width;
    }

    /** Canvas height in pixels. */
    public int height() {
        return height;
    }

    /** The ridge direction (radians in [0, pi)) at a canvas point. */
    public double ridgeAngle(double x, double y) {
        return orientation.angle(x, y);
    }

    /** The master ridge pattern on the whole canvas, for inspection (dark ridges on white). */
    public GrayscaleImage image() {
        byte[] pixels = new byte[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) Math.round(127.5f - 127.5f * ridges[i]);
        }
        return new GrayscaleImage(width, height, 500, pixels);
    }

    FingerShape shape() {
        return shape;
    }

    /** Bilinear ridge value at a canvas point, 0 outside the canvas. */
    float ridgeAt(double x, double y) {
        if (x < 0 || y < 0 || x >= width - 1 || y >= height - 1) {
            return 0;
        }
        int ix = (int) x;
        int iy = (int) y;
        float fx = (float) (x - ix);
        float fy = (float) (y - iy);
        int i = iy * width + ix;
        float top = ridges[i] + (ridges[i + 1] - ridges[i]) * fx;
        float bottom = ridges[i + width] + (ridges[i + width + 1] - ridges[i + width]) * fx;
        return top + (bottom - top) * fy;
    }
}
