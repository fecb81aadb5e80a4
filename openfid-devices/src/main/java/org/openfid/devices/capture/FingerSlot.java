package org.openfid.devices.capture;

import org.openfid.spi.biometrics.BiometricSubtype;

/**
 * One finger to capture: the finger actually rendered and the name the response gives it (the same
 * finger, or {@code UNKNOWN} when the client asked the single scanner for an unnamed finger).
 */
public record FingerSlot(BiometricSubtype finger, BiometricSubtype reported) {}
