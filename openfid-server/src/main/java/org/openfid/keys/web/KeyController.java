package org.openfid.keys.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openfid.keys.Certificates;
import org.openfid.keys.KeyInfo;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyRing;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.keys.TrustedCertificate;
import org.openfid.keys.catalogue.Pem;
import org.openfid.keys.web.KeymanagerRequests.CaCertificateRequest;
import org.openfid.keys.web.KeymanagerRequests.GenerateKeyRequest;
import org.openfid.keys.web.KeymanagerRequests.PartnerCertificateRequest;
import org.openfid.platform.MosipEnvelope;
import org.openfid.platform.MosipEnvelope.Request;
import org.openfid.platform.MosipEnvelope.Response;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * MOSIP keymanager's key and certificate endpoints: read a purpose's certificate, generate or rotate
 * a key ({@code generateMasterKey} with {@code force}), and the partner trust store (CA and partner
 * certificate upload, trust verification).
 */
@RestController
@RequestMapping("/v1/keymanager")
class KeyController {

    private final KeyRing keys;
    private final Certificates certificates;
    private final Clock clock;

    KeyController(KeyRing keys, Certificates certificates, Clock clock) {
        this.keys = keys;
        this.certificates = certificates;
        this.clock = clock;
    }

    @GetMapping("/getCertificate")
    Response<Map<String, Object>> certificate(
            @RequestParam String applicationId, @RequestParam(required = false, defaultValue = "") String referenceId) {
        KeyInfo key = keys.current(KeyRef.of(applicationId, referenceId));
        return Response.ok(null, describe(key), clock.instant());
    }

    @PostMapping("/generateMasterKey/{objectType}")
    Response<Map<String, Object>> generate(
            @PathVariable String objectType, @Valid @RequestBody Request<GenerateKeyRequest> envelope) {
        if (!objectType.equals("CERTIFICATE")) {
            throw new KeysException(KeysError.INVALID_REQUEST, "objectType must be CERTIFICATE (CSR is not offered)");
        }
        GenerateKeyRequest request = envelope.request();
        KeyRef ref = KeyRef.of(request.applicationId(), request.referenceId() == null ? "" : request.referenceId());
        KeyInfo key = Boolean.TRUE.equals(request.force()) ? keys.rotate(ref) : keys.current(ref);
        return Response.ok(envelope.id(), describe(key), clock.instant());
    }

    @PostMapping("/uploadCACertificate")
    Response<Map<String, String>> uploadCa(@Valid @RequestBody Request<CaCertificateRequest> envelope) {
        CaCertificateRequest request = envelope.request();
        certificates.uploadCaCertificate(request.certificateData(), request.partnerDomain());
        return Response.ok(envelope.id(), Map.of("status", "Upload Success.", "timestamp", now()), clock.instant());
    }

    @PostMapping("/uploadPartnerCertificate")
    Response<Map<String, String>> uploadPartner(@Valid @RequestBody Request<PartnerCertificateRequest> envelope) {
        PartnerCertificateRequest request = envelope.request();
        String partnerId = request.partnerId() != null ? request.partnerId() : request.organizationName();
        if (partnerId == null || partnerId.isBlank()) {
            throw new KeysException(KeysError.INVALID_REQUEST, "partnerId or organizationName must be given");
        }
        TrustedCertificate stored =
                certificates.uploadPartnerCertificate(partnerId, request.certificateData(), request.partnerDomain());
        return Response.ok(
                envelope.id(),
                Map.of(
                        "certificateId", stored.id(),
                        "signedCertificateData", String.valueOf(stored.signedCertificatePem()),
                        "timestamp", now()),
                clock.instant());
    }

    @PostMapping("/verifyCertificateTrust")
    Response<Map<String, Boolean>> verifyTrust(@Valid @RequestBody Request<CaCertificateRequest> envelope) {
        CaCertificateRequest request = envelope.request();
        var certificate = certificates.parse(request.certificateData());
        boolean trusted;
        try {
            certificates.verifyTrust(certificate, request.partnerDomain());
            trusted = true;
        } catch (KeysException e) {
            if (e.error() != KeysError.CERTIFICATE_INVALID) {
                throw e;
            }
            trusted = false;
        }
        return Response.ok(envelope.id(), Map.of("status", trusted), clock.instant());
    }

    @GetMapping("/getCaCertificates")
    Response<Map<String, List<TrustedCertificate>>> caCertificates(@RequestParam String partnerDomain) {
        return Response.ok(
                null, Map.of("allPartnerCertificates", certificates.caCertificates(partnerDomain)), clock.instant());
    }

    private Map<String, Object> describe(KeyInfo key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("certificate", Pem.of(key.certificate()));
        body.put("certSignRequest", null);
        body.put("issuedAt", MosipEnvelope.UTC_PATTERN.format(key.notBefore()));
        body.put("expiryAt", MosipEnvelope.UTC_PATTERN.format(key.notAfter()));
        body.put("timestamp", now());
        body.put("keyId", key.keyId());
        body.put("version", key.version());
        return body;
    }

    private String now() {
        return MosipEnvelope.UTC_PATTERN.format(clock.instant());
    }
}
