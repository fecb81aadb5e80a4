package org.openfid.spi.biometrics.iso;

import java.util.Objects;

/**
 * One minutia of a finger view: where it is (pixels, origin top left), which way its ridge runs and
 * how sure the extractor is.
 *
 * @param type ending, bifurcation or other
 * @param x column, 0-16383 and less than the record's width
 * @param y row, 0-16383 and less than the record's height
 * @param angle direction in units of 360/256 = 1.40625 degrees, counter-clockwise from the x axis
 * @param quality 0-100 (0 when not reported)
 * @since 0.4
 */
public record Minutia(MinutiaType type, int x, int y, int angle, int quality) {

    /** Degrees per angle unit. */
    public static final double DEGREES_PER_UNIT = 360.0 / 256;

    static final int MAX_COORDINATE = 0x3fff;

    public Minutia {
        Objects.requireNonNull(type, "type");
        if (x < 0 || x > MAX_COORDINATE || y < 0 || y > MAX_COORDINATE) {
            throw new IllegalArgumentException("Minutia coordinates are 0-" + MAX_COORDINATE);
        }
        if (angle < 0 || angle > 0xff) {
            throw new IllegalArgumentException("Minutia angle is 0-255 units of 1.40625 degrees, got " + angle);
        }
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("Minutia quality is 0-100, got " + quality);
        }
    }

    /** A minutia whose direction is given in degrees (rounded to the nearest unit, wrapped to 0-359). */
    public static Minutia ofDegrees(MinutiaType type, int x, int y, double degrees, int quality) {
        return new Minutia(type, x, y, (int) Math.round(degrees / DEGREES_PER_UNIT) & 0xff, quality);
    }

    /** The direction in degrees, 0 (inclusive) to 360 (exclusive). */
    public double angleDegrees() {
        return angle * DEGREES_PER_UNIT;
    }
}
