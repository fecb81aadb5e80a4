package org.openfid.devices.capture;

import static org.openfid.spi.biometrics.BiometricSubtype.LEFT_INDEX;
import static org.openfid.spi.biometrics.BiometricSubtype.LEFT_LITTLE;
import static org.openfid.spi.biometrics.BiometricSubtype.LEFT_MIDDLE;
import static org.openfid.spi.biometrics.BiometricSubtype.LEFT_RING;
import static org.openfid.spi.biometrics.BiometricSubtype.LEFT_THUMB;
import static org.openfid.spi.biometrics.BiometricSubtype.RIGHT_INDEX;
import static org.openfid.spi.biometrics.BiometricSubtype.RIGHT_LITTLE;
import static org.openfid.spi.biometrics.BiometricSubtype.RIGHT_MIDDLE;
import static org.openfid.spi.biometrics.BiometricSubtype.RIGHT_RING;
import static org.openfid.spi.biometrics.BiometricSubtype.RIGHT_THUMB;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openfid.spi.biometrics.BiometricSubtype;

/**
 * The two software fingerprint devices and what the SBI specification says about each: the slap
 * scanner of registration stations (deviceSubId 1 left four fingers, 2 right four fingers, 3 the two
 * thumbs; registration capture only, certification L0) and the single-finger scanner of
 * authentication (deviceSubId 0, one finger per capture, the placed finger named by
 * {@code bioSubType}; authentication capture only, L1 with a software FTM key).
 */
public enum FingerScanner {
    SLAP(
            "1",
            "slap-scanner",
            "Slap",
            "OFD-SLAP-4",
            "Registration",
            "L0",
            Map.of(
                    1, List.of(LEFT_INDEX, LEFT_MIDDLE, LEFT_RING, LEFT_LITTLE),
                    2, List.of(RIGHT_INDEX, RIGHT_MIDDLE, RIGHT_RING, RIGHT_LITTLE),
                    3, List.of(LEFT_THUMB, RIGHT_THUMB))),
    SINGLE(
            "2",
            "single-finger-scanner",
            "Single",
            "OFD-SINGLE-1",
            "Auth",
            "L1",
            Map.of(0, BiometricSubtype.tenFingers()));

    private final String deviceId;
    private final String keyName;
    private final String deviceSubType;
    private final String model;
    private final String purpose;
    private final String certification;
    private final Map<Integer, List<BiometricSubtype>> segments;

    FingerScanner(
            String deviceId,
            String keyName,
            String deviceSubType,
            String model,
            String purpose,
            String certification,
            Map<Integer, List<BiometricSubtype>> segments) {
        this.deviceId = deviceId;
        this.keyName = keyName;
        this.deviceSubType = deviceSubType;
        this.model = model;
        this.purpose = purpose;
        this.certification = certification;
        this.segments = segments;
    }

    /** The SBI {@code deviceId}. */
    public String deviceId() {
        return deviceId;
    }

    /** The file name stem of this device's key and certificate. */
    public String keyName() {
        return keyName;
    }

    /** The digital id's {@code deviceSubType}: Slap or Single. */
    public String deviceSubType() {
        return deviceSubType;
    }

    /** The digital id's {@code model}. */
    public String model() {
        return model;
    }

    /** The device's registered purpose: Registration (RCAPTURE) or Auth (CAPTURE). */
    public String purpose() {
        return purpose;
    }

    /** The certification level, L0 or L1. */
    public String certification() {
        return certification;
    }

    /**
     * Whether the device has a foundational trust module key that signs its digital id: L1 devices
     * do; L0 devices sign it with the device key.
     */
    public boolean hasFtm() {
        return certification.equals("L1");
    }

    /** Whether the single-finger model (one finger per capture, chosen by bioSubType). */
    public boolean single() {
        return this == SINGLE;
    }

    /** The deviceSubIds in ascending order. */
    public List<Integer> deviceSubIds() {
        return segments.keySet().stream().sorted().toList();
    }

    /** The fingers a deviceSubId reads (for the single scanner: the fingers that may be placed). */
    public Optional<List<BiometricSubtype>> segment(int deviceSubId) {
        return Optional.ofNullable(segments.get(deviceSubId));
    }

    /** The device with this SBI deviceId. */
    public static Optional<FingerScanner> ofDeviceId(String deviceId) {
        for (var scanner : values()) {
            if (scanner.deviceId.equals(deviceId)) {
                return Optional.of(scanner);
            }
        }
        return Optional.empty();
    }
}
