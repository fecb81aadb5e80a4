package org.openfid.devices.trust;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Signs SBI payloads as compact JWS with RS256 and the signing key's certificate chain in {@code
 * x5c}, the form the SBI specification prescribes and MOSIP's servers verify against the registered
 * certificates. A device has two: one with its FTM key for the digital id, one with its device key
 * for the device info and the captures (see {@link DeviceIdentity}).
 */
public final class DeviceSigner {

    private final JWSHeader header;
    private final RSASSASigner signer;

    /** Signs with {@code key}, its certificate and the provider CA in {@code x5c}. */
    public DeviceSigner(DeviceIdentity identity, SigningKey key) {
        this.header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .x509CertChain(x5c(identity.chain(key)))
                .build();
        this.signer = new RSASSASigner(key.privateKey());
    }

    /** {@code base64url(header).base64url(payload).base64url(signature)} over these payload bytes. */
    public String sign(byte[] payload) {
        var jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("The device key cannot sign", e);
        }
        return jws.serialize();
    }

    private static List<Base64> x5c(List<X509Certificate> certificates) {
        var chain = new ArrayList<Base64>();
        for (var certificate : certificates) {
            try {
                chain.add(Base64.encode(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException("Unencodable device certificate", e);
            }
        }
        return chain;
    }
}
