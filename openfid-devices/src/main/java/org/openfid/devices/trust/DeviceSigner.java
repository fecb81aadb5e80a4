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
import java.util.ArrayList;
import java.util.List;

/**
 * Signs SBI payloads (digital id, device info, capture data) as compact JWS with RS256 and the
 * device's certificate chain in {@code x5c}, the form the SBI specification prescribes and MOSIP's
 * servers verify against the registered device certificates.
 */
public final class DeviceSigner {

    private final DeviceIdentity identity;
    private final JWSHeader header;
    private final RSASSASigner signer;

    public DeviceSigner(DeviceIdentity identity) {
        this.identity = identity;
        this.header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .x509CertChain(x5c(identity))
                .build();
        this.signer = new RSASSASigner(identity.privateKey());
    }

    /** The identity whose key signs. */
    public DeviceIdentity identity() {
        return identity;
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

    private static List<Base64> x5c(DeviceIdentity identity) {
        var chain = new ArrayList<Base64>();
        for (var certificate : identity.chain()) {
            try {
                chain.add(Base64.encode(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException("Unencodable device certificate", e);
            }
        }
        return chain;
    }
}
