package org.openfid.spi.biometrics.cbeff;

/**
 * A {@code Version} or {@code CBEFFVersion} element.
 *
 * @since 0.4
 */
public record BirVersion(int major, int minor) {

    /** What MOSIP writes for both the BIR and the CBEFF version. */
    public static final BirVersion V1_1 = new BirVersion(1, 1);

    public BirVersion {
        if (major < 0 || major > 0xffff || minor < 0 || minor > 0xffff) {
            throw new IllegalArgumentException("Version numbers are 0-65535");
        }
    }
}
