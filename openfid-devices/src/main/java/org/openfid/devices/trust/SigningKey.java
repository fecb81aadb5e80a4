package org.openfid.devices.trust;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * A private key and the certificate the provider CA issued for it: a device's FTM key or its device
 * key.
 *
 * @param privateKey signs
 * @param certificate first in the {@code x5c} of what the key signs
 */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

    @Override
    public String toString() {
        return "SigningKey[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
