package org.openfid.partner;

import java.security.cert.X509Certificate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner allowed to call the authentication API with a given licence key and API key: who it is,
 * the authentication policy bound to the API key, and the certificate its request signatures must be
 * made with.
 *
 * @param partner the partner
 * @param policyId the policy bound to the API key
 * @param policyName that policy's name
 * @param policy the current version of its document
 * @param certificate the partner's registered certificate, {@code null} if it uploaded none
 * @param misp the MISP whose licence key was used
 * @param mispCertificate the MISP's certificate, {@code null} if none (MOSIP accepts a request signed
 *     by either)
 */
public record AuthorisedPartner(
        Partner partner,
        UUID policyId,
        String policyName,
        AuthPolicy policy,
        @Nullable X509Certificate certificate,
        PartnerId misp,
        @Nullable X509Certificate mispCertificate) {}
