package org.openfid.spi.biometrics.cbeff;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.BiometricType;

/**
 * The {@code BDBInfo/Type} of a BIR: the three modalities, plus the photo MOSIP takes of a missing or
 * unusable body part (an exception photo, which is evidence, not a biometric to match).
 *
 * @since 0.4
 */
public enum BdbType {
    FINGER("Finger", BiometricType.FINGER),
    IRIS("Iris", BiometricType.IRIS),
    FACE("Face", BiometricType.FACE),
    EXCEPTION_PHOTO("ExceptionPhoto", null);

    private final String xmlName;
    private final @Nullable BiometricType biometricType;

    BdbType(String xmlName, @Nullable BiometricType biometricType) {
        this.xmlName = xmlName;
        this.biometricType = biometricType;
    }

    /** The element text. */
    public String xmlName() {
        return xmlName;
    }

    /** The modality, empty for an exception photo. */
    public Optional<BiometricType> biometricType() {
        return Optional.ofNullable(biometricType);
    }

    /** The type for a modality. */
    public static BdbType of(BiometricType type) {
        return switch (type) {
            case FINGER -> FINGER;
            case IRIS -> IRIS;
            case FACE -> FACE;
        };
    }

    static Optional<BdbType> ofXmlName(String name) {
        for (var type : values()) {
            if (type.xmlName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
