package org.openfid.keys;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Trust in certificates from outside: CA and sub-CA certificates per partner domain ({@code AUTH},
 * {@code DEVICE}, {@code FTM}, ...), partner certificates validated against them, and path validation
 * for certificates presented later (for example in a signed request).
 */
public interface Certificates {

    /**
     * Stores a CA or intermediate certificate for a domain. A self-signed certificate becomes a trust
     * anchor; an intermediate must chain to an anchor already stored.
     *
     * @throws KeysException {@link KeysError#CERTIFICATE_INVALID} if unparsable, expired or untrusted
     */
    TrustedCertificate uploadCaCertificate(String pem, String domain);

    /**
     * Stores a partner's certificate after validating its chain to the domain's anchors ({@code pem}
     * may hold the leaf followed by intermediates that are not uploaded as CAs); returns it
     * with a copy re-signed by the platform's partner key, as MOSIP's keymanager does.
     */
    TrustedCertificate uploadPartnerCertificate(String partnerId, String pem, String domain);

    /** Validates the chain of {@code certificate} to the domain's anchors; throws when untrusted. */
    void verifyTrust(X509Certificate certificate, String domain);

    /**
     * Validates a presented chain (leaf first, then intermediates) to the domain's anchors. The
     * intermediates help build the path but are not trusted by themselves: the path must still end at
     * a CA an administrator uploaded.
     */
    void verifyTrust(List<X509Certificate> chain, String domain);

    /**
     * Parses one or more PEM certificates (a leaf followed by its intermediates), throwing {@link
     * KeysError#CERTIFICATE_INVALID} if any block is unparsable.
     */
    List<X509Certificate> parseChain(String pem);

    /** Parses a PEM (or base64 DER) certificate, throwing {@link KeysError#CERTIFICATE_INVALID}. */
    X509Certificate parse(String pem);

    /** The CA certificates stored for a domain. */
    List<TrustedCertificate> caCertificates(String domain);
}
