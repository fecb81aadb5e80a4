package org.openfid.devices.trust;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * One software device's signing identity: the key standing in for the foundational trust module
 * (FTM) key of a real device, its certificate issued by the development provider CA, and the serial
 * number printed on the "device".
 *
 * @param serialNo the device serial number (12 digits), also in the certificate subject
 * @param privateKey signs the digital id, the device info and every capture
 * @param certificate the device certificate, first in every {@code x5c}
 * @param providerCa the issuing provider CA certificate, second in every {@code x5c}
 */
public record DeviceIdentity(
        String serialNo, PrivateKey privateKey, X509Certificate certificate, X509Certificate providerCa) {

    /** The {@code x5c} chain: device certificate, then the provider CA. */
    public List<X509Certificate> chain() {
        return List.of(certificate, providerCa);
    }

    @Override
    public String toString() {
        return "DeviceIdentity[" + serialNo + "]";
    }
}
