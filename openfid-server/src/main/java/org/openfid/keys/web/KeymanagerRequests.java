package org.openfid.keys.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Request bodies of the MOSIP-compatible keymanager endpoints (field names as in MOSIP). */
final class KeymanagerRequests {

    private KeymanagerRequests() {}

    record CryptoRequest(
            @NotBlank(message = "applicationId must not be blank")
            String applicationId,

            @Nullable String referenceId,
            @Nullable String timeStamp,

            @NotBlank(message = "data must not be blank") @Size(max = 16_000_000, message = "data is too large")
            String data,

            @Nullable String salt,
            @Nullable String aad,
            @Nullable Boolean prependThumbprint) {}

    record JwtSignRequest(
            @NotBlank(message = "dataToSign must not be blank")
            String dataToSign,

            @NotBlank(message = "applicationId must not be blank")
            String applicationId,

            @Nullable String referenceId,
            @Nullable Boolean includePayload,
            @Nullable Boolean includeCertificate,
            @Nullable Boolean includeCertHash,
            @Nullable String signAlgorithm) {}

    record JwtVerifyRequest(
            @NotBlank(message = "jwtSignatureData must not be blank")
            String jwtSignatureData,

            @Nullable String actualData,
            @Nullable String applicationId,
            @Nullable String referenceId,
            @Nullable String certificateData,
            @Nullable Boolean validateTrust,
            @Nullable String domain) {}

    record GenerateKeyRequest(
            @NotBlank(message = "applicationId must not be blank")
            String applicationId,

            @Nullable String referenceId,
            @Nullable Boolean force) {}

    record CaCertificateRequest(
            @NotBlank(message = "certificateData must not be blank")
            String certificateData,

            @NotBlank(message = "partnerDomain must not be blank")
            String partnerDomain) {}

    record PartnerCertificateRequest(
            @Nullable String partnerId,

            @NotBlank(message = "certificateData must not be blank")
            String certificateData,

            @Nullable String organizationName,

            @NotBlank(message = "partnerDomain must not be blank")
            String partnerDomain) {}
}
