package org.openfid.packet;

import java.util.Objects;

/**
 * A biometric that could not be captured (missing finger, ...), written under {@code
 * exceptionBiometrics} of {@code packet_meta_info.json}.
 *
 * @param attribute the MOSIP bio attribute (for example {@code leftThumb})
 * @param reason why (for example {@code Missing})
 * @param exceptionType {@code Permanent} or {@code Temporary}
 */
public record BiometricException(String attribute, String reason, String exceptionType) {
    public BiometricException {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(exceptionType, "exceptionType");
    }
}
