package org.openfid.spi.biometrics.iso;

/**
 * One quality block of a representation: a score and the algorithm that gave it, identified by a
 * CBEFF-registered vendor and that vendor's algorithm id, so scores from different algorithms are
 * never compared as if they were the same scale.
 *
 * @param score 0-100, or {@link #FAILED} when the algorithm could not score the image
 * @param vendorId quality algorithm vendor (0 when not reported)
 * @param algorithmId the vendor's algorithm id (0 when not reported)
 * @since 0.4
 */
public record FingerQuality(int score, int vendorId, int algorithmId) {

    /** The score value meaning "the algorithm failed to compute a score". */
    public static final int FAILED = 255;

    public FingerQuality {
        if ((score < 0 || score > 100) && score != FAILED) {
            throw new IllegalArgumentException("A quality score is 0-100 or 255 (failed), got " + score);
        }
        if (vendorId < 0 || vendorId > 0xffff || algorithmId < 0 || algorithmId > 0xffff) {
            throw new IllegalArgumentException("Quality vendor and algorithm ids are 16-bit unsigned");
        }
    }

    /** A score whose algorithm is not reported. */
    public static FingerQuality of(int score) {
        return new FingerQuality(score, 0, 0);
    }
}
