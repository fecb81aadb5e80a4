package org.openfid.spi.biometrics.iso;

import java.util.Optional;

/**
 * The kind of a minutia in an ISO/IEC 19794-2 record (the top two bits of its x coordinate).
 *
 * @since 0.4
 */
public enum MinutiaType {
    OTHER(0),
    /** A ridge ends. */
    ENDING(1),
    /** A ridge splits in two. */
    BIFURCATION(2);

    private final int code;

    MinutiaType(int code) {
        this.code = code;
    }

    /** The two-bit code. */
    public int code() {
        return code;
    }

    /** The type with this code (3 is reserved). */
    public static Optional<MinutiaType> ofCode(int code) {
        for (var type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
