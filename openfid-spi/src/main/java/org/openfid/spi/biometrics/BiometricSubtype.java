package org.openfid.spi.biometrics;

import java.util.List;
import java.util.Optional;

/**
 * Which finger, eye or face a sample shows, with the three names the standards and MOSIP give it:
 * the CBEFF/SBI subtype ({@code "Left IndexFinger"}), the ID schema's bio attribute
 * ({@code leftIndex}) and the ISO/IEC 19794-4 finger position code (0 for non-fingers).
 *
 * @since 0.4
 */
public enum BiometricSubtype {
    RIGHT_THUMB(BiometricType.FINGER, "Right Thumb", "rightThumb", 1),
    RIGHT_INDEX(BiometricType.FINGER, "Right IndexFinger", "rightIndex", 2),
    RIGHT_MIDDLE(BiometricType.FINGER, "Right MiddleFinger", "rightMiddle", 3),
    RIGHT_RING(BiometricType.FINGER, "Right RingFinger", "rightRing", 4),
    RIGHT_LITTLE(BiometricType.FINGER, "Right LittleFinger", "rightLittle", 5),
    LEFT_THUMB(BiometricType.FINGER, "Left Thumb", "leftThumb", 6),
    LEFT_INDEX(BiometricType.FINGER, "Left IndexFinger", "leftIndex", 7),
    LEFT_MIDDLE(BiometricType.FINGER, "Left MiddleFinger", "leftMiddle", 8),
    LEFT_RING(BiometricType.FINGER, "Left RingFinger", "leftRing", 9),
    LEFT_LITTLE(BiometricType.FINGER, "Left LittleFinger", "leftLittle", 10),
    UNKNOWN_FINGER(BiometricType.FINGER, "UNKNOWN", "unknownFinger", 0),
    LEFT_EYE(BiometricType.IRIS, "Left", "leftEye", 0),
    RIGHT_EYE(BiometricType.IRIS, "Right", "rightEye", 0),
    FACE(BiometricType.FACE, "", "face", 0);

    private final BiometricType type;
    private final String cbeffName;
    private final String attribute;
    private final int isoFingerPosition;

    BiometricSubtype(BiometricType type, String cbeffName, String attribute, int isoFingerPosition) {
        this.type = type;
        this.cbeffName = cbeffName;
        this.attribute = attribute;
        this.isoFingerPosition = isoFingerPosition;
    }

    /** The modality this subtype belongs to. */
    public BiometricType type() {
        return type;
    }

    /** The CBEFF {@code BDBInfo/Subtype} and SBI {@code bioSubType} text; empty for the face. */
    public String cbeffName() {
        return cbeffName;
    }

    /** The ID schema's bio attribute name, e.g. {@code leftIndex}. */
    public String attribute() {
        return attribute;
    }

    /** The ISO/IEC 19794-4 finger position code (1-10, 0 for unknown and non-fingers). */
    public int isoFingerPosition() {
        return isoFingerPosition;
    }

    /** The ten fingers in ISO position order (right thumb first). */
    public static List<BiometricSubtype> tenFingers() {
        return List.of(
                RIGHT_THUMB,
                RIGHT_INDEX,
                RIGHT_MIDDLE,
                RIGHT_RING,
                RIGHT_LITTLE,
                LEFT_THUMB,
                LEFT_INDEX,
                LEFT_MIDDLE,
                LEFT_RING,
                LEFT_LITTLE);
    }

    /** The subtype of {@code type} with this CBEFF/SBI name (exact match), if any. */
    public static Optional<BiometricSubtype> ofCbeffName(BiometricType type, String name) {
        for (var subtype : values()) {
            if (subtype.type == type && subtype.cbeffName.equals(name)) {
                return Optional.of(subtype);
            }
        }
        return Optional.empty();
    }

    /** The subtype with this ID schema attribute name, if any. */
    public static Optional<BiometricSubtype> ofAttribute(String attribute) {
        for (var subtype : values()) {
            if (subtype.attribute.equals(attribute)) {
                return Optional.of(subtype);
            }
        }
        return Optional.empty();
    }

    /** The finger with this ISO/IEC 19794-4 position code (0 gives the unknown finger), if any. */
    public static Optional<BiometricSubtype> ofIsoFingerPosition(int code) {
        for (var subtype : values()) {
            if (subtype.type == BiometricType.FINGER && subtype.isoFingerPosition == code) {
                return Optional.of(subtype);
            }
        }
        return Optional.empty();
    }
}
