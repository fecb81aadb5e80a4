package org.openfid.keys.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.keys.Certificates;
import org.openfid.keys.EnvelopeParameters;
import org.openfid.keys.Envelopes;
import org.openfid.keys.JwsAlgorithm;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.keys.Signatures;
import org.openfid.keys.catalogue.Base64Url;
import org.openfid.keys.web.KeymanagerRequests.CryptoRequest;
import org.openfid.keys.web.KeymanagerRequests.JwtSignRequest;
import org.openfid.keys.web.KeymanagerRequests.JwtVerifyRequest;
import org.openfid.platform.AuditRecorder;
import org.openfid.platform.MosipEnvelope;
import org.openfid.platform.MosipEnvelope.Request;
import org.openfid.platform.MosipEnvelope.Response;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * MOSIP keymanager's crypto endpoints ({@code /v1/keymanager/encrypt}, {@code /decrypt},
 * {@code /jwtSign}, {@code /jwtVerify}) over this module's API. Data is base64url as in MOSIP. Each
 * call is audited with its caller and key, never its data.
 */
@RestController
@RequestMapping("/v1/keymanager")
class CryptoController {

    private final Envelopes envelopes;
    private final Signatures signatures;
    private final Certificates certificates;
    private final AuditRecorder audit;
    private final Clock clock;

    CryptoController(
            Envelopes envelopes, Signatures signatures, Certificates certificates, AuditRecorder audit, Clock clock) {
        this.envelopes = envelopes;
        this.signatures = signatures;
        this.certificates = certificates;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping("/encrypt")
    Response<Map<String, String>> encrypt(@Valid @RequestBody Request<CryptoRequest> envelope) {
        CryptoRequest request = envelope.request();
        KeyRef key = KeyRef.of(request.applicationId(), reference(request.referenceId()));
        byte[] data = decode(request.data(), "data");
        byte[] sealed = audited("ENCRYPT", key, () -> envelopes.encrypt(key, data, parameters(request)));
        return Response.ok(envelope.id(), Map.of("data", Base64Url.encode(sealed)), clock.instant());
    }

    @PostMapping("/decrypt")
    Response<Map<String, String>> decrypt(@Valid @RequestBody Request<CryptoRequest> envelope) {
        CryptoRequest request = envelope.request();
        KeyRef key = KeyRef.of(request.applicationId(), reference(request.referenceId()));
        byte[] data = decode(request.data(), "data");
        byte[] opened = audited("DECRYPT", key, () -> envelopes.decrypt(key, data, parameters(request)));
        return Response.ok(envelope.id(), Map.of("data", Base64Url.encode(opened)), clock.instant());
    }

    @PostMapping("/jwtSign")
    Response<Map<String, String>> jwtSign(@Valid @RequestBody Request<JwtSignRequest> envelope) {
        JwtSignRequest request = envelope.request();
        KeyRef key = KeyRef.of(request.applicationId(), reference(request.referenceId()));
        byte[] payload = decode(request.dataToSign(), "dataToSign");
        JwsAlgorithm algorithm = algorithm(request.signAlgorithm());
        boolean certificate = Boolean.TRUE.equals(request.includeCertificate());
        String jws = audited("SIGN", key, () -> signatures.sign(key, algorithm, payload, certificate));
        if (Boolean.FALSE.equals(request.includePayload())) {
            jws = detach(jws);
        }
        return Response.ok(
                envelope.id(),
                Map.of("jwtSignedData", jws, "timestamp", MosipEnvelope.UTC_PATTERN.format(clock.instant())),
                clock.instant());
    }

    @PostMapping("/jwtVerify")
    Response<Map<String, Object>> jwtVerify(@Valid @RequestBody Request<JwtVerifyRequest> envelope) {
        JwtVerifyRequest request = envelope.request();
        byte[] detached = request.actualData() == null ? null : decode(request.actualData(), "actualData");
        boolean withCertificate = !blank(request.certificateData());
        var certificate = withCertificate ? certificates.parse(request.certificateData()) : null;
        boolean valid = true;
        try {
            if (certificate != null) {
                signatures.verify(request.jwtSignatureData(), detached, certificate);
            } else {
                signatures.verify(
                        detached == null ? request.jwtSignatureData() : reattach(request.jwtSignatureData(), detached));
            }
        } catch (KeysException e) {
            if (e.error() != KeysError.SIGNATURE_INVALID) {
                throw e;
            }
            valid = false;
        }
        String trust = "TRUST_NOT_VERIFIED";
        if (valid && certificate != null && Boolean.TRUE.equals(request.validateTrust())) {
            trust = trusted(certificate, request.domain()) ? "TRUST_VALID" : "TRUST_NOT_VALID";
        }
        audit.success("keys", "VERIFY", null, valid ? "valid" : "invalid");
        return Response.ok(
                envelope.id(),
                Map.of(
                        "signatureValid", valid,
                        "message", valid ? "Validation Successful" : "Validation Failed",
                        "trustValid", trust),
                clock.instant());
    }

    private boolean trusted(java.security.cert.X509Certificate certificate, @Nullable String domain) {
        try {
            certificates.verifyTrust(certificate, blank(domain) ? "AUTH" : domain);
            return true;
        } catch (KeysException e) {
            if (e.error() != KeysError.CERTIFICATE_INVALID) {
                throw e;
            }
            return false;
        }
    }

    private <T> T audited(String action, KeyRef key, java.util.function.Supplier<T> operation) {
        try {
            T result = operation.get();
            audit.success("keys", action, null, key.toString());
            return result;
        } catch (KeysException e) {
            audit.failure("keys", action, null, e.code());
            throw e;
        }
    }

    private static EnvelopeParameters parameters(CryptoRequest request) {
        byte[] salt = blank(request.salt()) ? null : decode(request.salt(), "salt");
        byte[] aad = blank(request.aad()) ? null : decode(request.aad(), "aad");
        boolean thumbprint = request.prependThumbprint() == null || request.prependThumbprint();
        return new EnvelopeParameters(salt, aad, thumbprint);
    }

    private static @Nullable JwsAlgorithm algorithm(@Nullable String name) {
        if (blank(name)) {
            return null;
        }
        for (JwsAlgorithm candidate : JwsAlgorithm.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        throw new KeysException(
                KeysError.ALGORITHM_MISMATCH, "signAlgorithm must be one of RS256, PS256, ES256, EdDSA");
    }

    static byte[] decode(String value, String field) {
        try {
            return Base64Url.decode(value);
        } catch (IllegalArgumentException e) {
            throw new KeysException(KeysError.INVALID_DATA, field + " is not base64url encoded");
        }
    }

    private static String reference(@Nullable String reference) {
        return reference == null ? "" : reference;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** A JWS with its payload part removed (RFC 7515 appendix F). */
    private static String detach(String jws) {
        int first = jws.indexOf('.');
        int last = jws.lastIndexOf('.');
        return jws.substring(0, first + 1) + jws.substring(last);
    }

    private static String reattach(String detachedJws, byte[] payload) {
        String[] parts = detachedJws.split("\\.", -1);
        if (parts.length != 3) {
            throw new KeysException(KeysError.INVALID_DATA, "Not a compact JWS");
        }
        return parts[0] + "." + Base64Url.encode(payload) + "." + parts[2];
    }
}
