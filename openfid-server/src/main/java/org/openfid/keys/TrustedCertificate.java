package org.openfid.keys;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A certificate the platform trusts, as stored.
 *
 * @param id the certificate id: hex SHA-256 thumbprint of the DER encoding
 * @param kind {@code CA} or {@code PARTNER}
 * @param domain partner domain, for example {@code AUTH}
 * @param partnerId the owning partner for partner certificates
 * @param subject subject distinguished name
 * @param issuer issuer distinguished name
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param certificatePem the certificate as uploaded (PEM)
 * @param signedCertificatePem for partner certificates, the copy re-signed by the platform
 */
public record TrustedCertificate(
        String id,
        String kind,
        String domain,
        @Nullable String partnerId,
        String subject,
        String issuer,
        Instant notBefore,
        Instant notAfter,
        String certificatePem,
        @Nullable String signedCertificatePem) {}
