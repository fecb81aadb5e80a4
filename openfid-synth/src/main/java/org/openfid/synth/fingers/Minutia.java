package org.openfid.synth.fingers;

/**
 * One minutia in image pixels, with the conventions of ISO/IEC 19794-2 so it converts to a standard
 * record without arithmetic: origin top left, y down, angle counter-clockwise from the x axis.
 *
 * @param x column in pixels
 * @param y row in pixels (down)
 * @param angle direction in radians, counter-clockwise from the x axis, in [0, 2 pi)
 * @param type ridge ending or bifurcation
 */
public record Minutia(double x, double y, double angle, Type type) {

    public Minutia {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(angle)) {
            throw new IllegalArgumentException("Minutia coordinates and angle must be finite");
        }
        double turn = 2 * Math.PI;
        angle = ((angle % turn) + turn) % turn;
    }

    /** The two kinds of minutia ISO/IEC 19794-2 records (besides "other"). */
    public enum Type {
        ENDING,
        BIFURCATION
    }

    /** The angle in ISO/IEC 19794-2 units (256 per turn), 0-255. */
    public int isoAngle() {
        return (int) Math.round(angle / (2 * Math.PI) * 256) & 0xff;
    }
}
