package org.openfid.authentication.bio;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.IdaRefusal;
import org.openfid.keys.Certificates;
import org.openfid.keys.KeysException;
import org.openfid.keys.Signatures;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies what a biometric device signed, as SBI 0.9.5 and MOSIP IDA have it: the capture {@code
 * data} by the device key, whose certificate (first in {@code x5c}) must chain to a CA registered
 * for the {@code DEVICE} domain, and the {@code digitalId} by the FTM key, chaining to the {@code
 * FTM} domain. A device provider becomes trusted when an administrator uploads its CA for those
 * domains, exactly as for partner certificates; nothing a request carries is trusted by itself.
 */
@Component
class DeviceSignatures {

    static final String DEVICE_DOMAIN = "DEVICE";
    static final String FTM_DOMAIN = "FTM";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Signatures signatures;
    private final Certificates certificates;

    DeviceSignatures(Signatures signatures, Certificates certificates) {
        this.signatures = signatures;
        this.certificates = certificates;
    }

    /**
     * The payload of a capture's {@code data}: signature by the {@code x5c} leaf ({@code IDA-BIA-015}
     * when it fails), leaf chained to a registered device provider ({@code IDA-DPM-001}).
     */
    JsonNode captureData(String compactJws) {
        return verified(
                compactJws,
                DEVICE_DOMAIN,
                IdaError.biometricSignatureFailed(),
                IdaError.deviceNotRegistered(),
                IdaError.invalidBiometric());
    }

    /**
     * The payload of a device's {@code digitalId}: signature by the FTM key ({@code IDA-BIA-012} when
     * it fails), chained to a registered FTM provider ({@code IDA-DPM-002}).
     */
    JsonNode digitalId(String compactJws) {
        return verified(
                compactJws,
                FTM_DOMAIN,
                IdaError.digitalIdFailed(),
                IdaError.deviceProviderNotRegistered(),
                IdaError.digitalIdFailed());
    }

    private JsonNode verified(
            String compactJws, String domain, IdaError badSignature, IdaError untrusted, IdaError badPayload) {
        List<X509Certificate> chain = chain(compactJws, badSignature);
        byte[] payload;
        try {
            payload = signatures.verify(compactJws, null, chain.getFirst());
        } catch (KeysException e) {
            throw new IdaRefusal(badSignature);
        }
        trusted(chain, domain, untrusted);
        return object(payload, badPayload);
    }

    private void trusted(List<X509Certificate> chain, String domain, IdaError untrusted) {
        try {
            certificates.verifyTrust(chain, domain);
        } catch (KeysException e) {
            throw new IdaRefusal(untrusted);
        }
    }

    private static List<X509Certificate> chain(String compactJws, IdaError invalid) {
        int dot = compactJws.indexOf('.');
        if (dot <= 0) {
            throw new IdaRefusal(invalid);
        }
        try {
            JWSHeader header = JWSHeader.parse(new Base64URL(compactJws.substring(0, dot)));
            List<Base64> x5c = header.getX509CertChain();
            if (x5c == null || x5c.isEmpty() || x5c.size() > 5) {
                throw new IdaRefusal(invalid);
            }
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> chain = new ArrayList<>(x5c.size());
            for (Base64 der : x5c) {
                chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der.decode())));
            }
            return chain;
        } catch (ParseException | CertificateException | ClassCastException e) {
            throw new IdaRefusal(invalid);
        }
    }

    private static JsonNode object(byte[] payload, IdaError invalid) {
        try {
            JsonNode node = JSON.readTree(payload);
            if (node == null || !node.isObject()) {
                throw new IdaRefusal(invalid);
            }
            return node;
        } catch (JacksonException e) {
            throw new IdaRefusal(invalid);
        }
    }
}
