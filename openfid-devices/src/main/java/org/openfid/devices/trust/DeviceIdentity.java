package org.openfid.devices.trust;

import java.security.cert.X509Certificate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One software device's signing identity, with the two keys of SBI 0.9.5: the foundational trust
 * module (FTM) key, permanent, which signs the digital id of an L1 device; and the device key,
 * rotated, which signs the device info and every capture's {@code data} (and, on an L0 device,
 * which has no FTM, the digital id too). Both certificates are issued by the development provider
 * CA.
 *
 * @param serialNo the device serial number (12 digits), in both certificates' subjects
 * @param deviceKey signs the device info and the captures
 * @param ftmKey signs the digital id; null for an L0 device
 * @param providerCa the issuing provider CA certificate, second in every {@code x5c}
 */
public record DeviceIdentity(
        String serialNo, SigningKey deviceKey, @Nullable SigningKey ftmKey, X509Certificate providerCa) {

    /** The key that signs the digital id: the FTM key, or the device key of an L0 device. */
    public SigningKey digitalIdKey() {
        return ftmKey != null ? ftmKey : deviceKey;
    }

    /** The {@code x5c} chain of what {@code key} signs: its certificate, then the provider CA. */
    public List<X509Certificate> chain(SigningKey key) {
        return List.of(key.certificate(), providerCa);
    }

    @Override
    public String toString() {
        return "DeviceIdentity[" + serialNo + "]";
    }
}
