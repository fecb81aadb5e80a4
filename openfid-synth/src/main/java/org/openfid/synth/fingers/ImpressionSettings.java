package org.openfid.synth.fingers;

/**
 * How much impressions of a finger differ from each other. Every figure is a maximum; each impression
 * draws its own value in the range from its seed.
 *
 * @param width image width in pixels (500 ppi)
 * @param height image height in pixels
 * @param translation maximum shift of the finger in pixels, each axis
 * @param rotationDegrees maximum rotation of the finger either way
 * @param distortion maximum elastic (non-linear) skin displacement in pixels, away from the contact centre
 * @param noise sensor noise and dryness from 0 (clean) to 1 (poor capture)
 * @param partial how much of the finger may miss the sensor, from 0 (full contact) to 1 (about half missing)
 */
public record ImpressionSettings(
        int width,
        int height,
        double translation,
        double rotationDegrees,
        double distortion,
        double noise,
        double partial) {

    public ImpressionSettings {
        if (width < 64 || height < 64 || width > 2048 || height > 2048) {
            throw new IllegalArgumentException("Impression size must be 64 to 2048 pixels each way");
        }
        if (translation < 0 || rotationDegrees < 0 || rotationDegrees > 180 || distortion < 0 || distortion > 40) {
            throw new IllegalArgumentException(
                    "Translation, rotation (<= 180) and distortion (<= 40) must be non-negative");
        }
        if (noise < 0 || noise > 1 || partial < 0 || partial > 1) {
            throw new IllegalArgumentException("Noise and partial must be between 0 and 1");
        }
    }

    /** Ordinary captures on a 500 ppi optical sensor, 400 x 500 pixels. */
    public static ImpressionSettings defaults() {
        return new ImpressionSettings(400, 500, 30, 15, 10, 0.5, 0.4);
    }

    /** A careful, well-placed capture (an enrolment): little movement, clean, full contact. */
    public static ImpressionSettings enrolment() {
        return new ImpressionSettings(400, 500, 10, 5, 4, 0.2, 0.1);
    }
}
