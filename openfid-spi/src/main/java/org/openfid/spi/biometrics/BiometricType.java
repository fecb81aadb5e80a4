package org.openfid.spi.biometrics;

import java.util.Locale;

/**
 * A biometric modality, with the names MOSIP uses for it in CBEFF ({@code BDBInfo/Type}) and in ABIS
 * candidate lists ({@code biometricType}).
 *
 * @since 0.4
 */
public enum BiometricType {
    FINGER("Finger", "FIR"),
    FACE("Face", "FID"),
    IRIS("Iris", "IIR");

    private final String cbeffName;
    private final String abisCode;

    BiometricType(String cbeffName, String abisCode) {
        this.cbeffName = cbeffName;
        this.abisCode = abisCode;
    }

    /** The name in CBEFF {@code BDBInfo/Type} and in SBI requests, e.g. {@code Finger}. */
    public String cbeffName() {
        return cbeffName;
    }

    /** The modality code in ABIS responses, e.g. {@code FIR}. */
    public String abisCode() {
        return abisCode;
    }

    /**
     * The type with this CBEFF name (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static BiometricType ofCbeffName(String name) {
        for (var type : values()) {
            if (type.cbeffName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown biometric type: " + name);
    }
}
