package org.openfid.spi.biometrics.iso;

import java.util.Optional;

/**
 * The image compression algorithm of a finger image representation (ISO/IEC 19794-4:2011, table of
 * compression algorithm codes). The 2011 edition splits JPEG 2000 into lossy (4, what MOSIP's
 * authentication devices send) and lossless (5, registration devices) and moves PNG to 6.
 *
 * @since 0.4
 */
public enum FingerImageCompression {
    /** Raw pixels, one or more whole bytes per pixel, row by row. */
    UNCOMPRESSED(0, "uncompressed"),
    /** Raw pixels packed at the bit depth. */
    BIT_PACKED(1, "uncompressed bit-packed"),
    WSQ(2, "WSQ"),
    JPEG(3, "JPEG"),
    JPEG2000_LOSSY(4, "JPEG 2000 lossy"),
    JPEG2000_LOSSLESS(5, "JPEG 2000 lossless"),
    PNG(6, "PNG");

    private final int code;
    private final String label;

    FingerImageCompression(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code in the representation header. */
    public int code() {
        return code;
    }

    /** A human-readable name for error messages. */
    public String label() {
        return label;
    }

    /** The algorithm with this code, if the standard defines it. */
    public static Optional<FingerImageCompression> ofCode(int code) {
        for (var compression : values()) {
            if (compression.code == code) {
                return Optional.of(compression);
            }
        }
        return Optional.empty();
    }
}
