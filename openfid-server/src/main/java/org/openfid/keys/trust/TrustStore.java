package org.openfid.keys.trust;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x500.X500Name;
import org.openfid.keys.Certificates;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.keys.TrustedCertificate;
import org.openfid.keys.catalogue.CertificateIssuer;
import org.openfid.keys.catalogue.KeyCatalogue.StoredKey;
import org.openfid.keys.catalogue.Pem;
import org.openfid.keys.catalogue.VaultKeyRing;
import org.openfid.platform.AuditRecorder;
import org.openfid.spi.keys.SignatureScheme;
import org.springframework.stereotype.Service;

/**
 * Partner-domain trust: anchors and intermediates per domain, PKIX path validation (revocation is
 * not checked yet: no CRL/OCSP source exists in the platform), and MOSIP-style re-signing of
 * partner certificates with the platform's {@code PMS} key.
 */
@Service
class TrustStore implements Certificates {

    private static final int MAX_CHAIN = 5;

    static final KeyRef PARTNER_ISSUER = KeyRef.of("PMS", "");
    private static final Pattern DOMAIN = Pattern.compile("[A-Z][A-Z_]{1,31}");
    private static final Pattern PARTNER_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final TrustedCertificates stored;
    private final VaultKeyRing keys;
    private final org.openfid.spi.keys.KeyVault vault;
    private final AuditRecorder audit;
    private final Clock clock;

    TrustStore(
            TrustedCertificates stored,
            VaultKeyRing keys,
            org.openfid.spi.keys.KeyVault vault,
            AuditRecorder audit,
            Clock clock) {
        this.stored = stored;
        this.keys = keys;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public TrustedCertificate uploadCaCertificate(String pem, String domain) {
        requireDomain(domain);
        X509Certificate certificate = parse(pem);
        requireCurrentlyValid(certificate);
        if (certificate.getBasicConstraints() < 0) {
            throw new KeysException(KeysError.CERTIFICATE_INVALID, "Certificate is not a CA certificate");
        }
        if (!selfSigned(certificate)) {
            verifyTrust(certificate, domain);
        }
        TrustedCertificate record = stored.save(TrustedCertificates.describe(certificate, "CA", domain, null, null));
        audit.success("keys", "CA_CERTIFICATE_UPLOADED", null, record.id());
        return record;
    }

    @Override
    public TrustedCertificate uploadPartnerCertificate(String partnerId, String pem, String domain) {
        requireDomain(domain);
        if (partnerId == null || !PARTNER_ID.matcher(partnerId).matches()) {
            throw new KeysException(KeysError.INVALID_REQUEST, "partnerId must be 1-64 of A-Z, a-z, 0-9, _ . -");
        }
        List<X509Certificate> chain = parseChain(pem);
        verifyTrust(chain, domain);
        X509Certificate certificate = chain.getFirst();
        String signed = Pem.of(resign(certificate));
        TrustedCertificate record =
                stored.save(TrustedCertificates.describe(certificate, "PARTNER", domain, partnerId, signed));
        audit.success("keys", "PARTNER_CERTIFICATE_UPLOADED", null, record.id());
        return record;
    }

    @Override
    public void verifyTrust(X509Certificate certificate, String domain) {
        verifyTrust(List.of(certificate), domain);
    }

    @Override
    public void verifyTrust(List<X509Certificate> chain, String domain) {
        requireDomain(domain);
        if (chain.isEmpty()) {
            throw new KeysException(KeysError.EMPTY_DATA, "certificateData should not be null or empty");
        }
        X509Certificate certificate = chain.getFirst();
        requireCurrentlyValid(certificate);
        List<X509Certificate> authorities = stored.caCertificates(domain).stream()
                .map(record -> parse(record.certificatePem()))
                .toList();
        // intermediates the caller presents help build the path but never become anchors
        List<X509Certificate> candidates = new java.util.ArrayList<>(authorities);
        candidates.addAll(chain.subList(1, chain.size()));
        Set<TrustAnchor> anchors = authorities.stream()
                .filter(TrustStore::selfSigned)
                .map(anchor -> new TrustAnchor(anchor, null))
                .collect(Collectors.toSet());
        if (anchors.isEmpty()) {
            throw new KeysException(KeysError.CERTIFICATE_INVALID, "No CA certificate is trusted for domain " + domain);
        }
        try {
            var target = new X509CertSelector();
            target.setCertificate(certificate);
            var parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(clock.instant()));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(candidates)));
            // building a PKIX path validates it: signatures, validity, CA constraints, key usage
            var result = (PKIXCertPathBuilderResult)
                    CertPathBuilder.getInstance("PKIX").build(parameters);
            // the JDK does not check a trust anchor's own validity period; we do
            result.getTrustAnchor().getTrustedCert().checkValidity(Date.from(clock.instant()));
        } catch (GeneralSecurityException e) {
            throw new KeysException(
                    KeysError.CERTIFICATE_INVALID, "Certificate does not chain to a trusted CA of domain " + domain);
        }
    }

    @Override
    public X509Certificate parse(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new KeysException(KeysError.EMPTY_DATA, "certificateData should not be null or empty");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) CERTIFICATE-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64);
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (IllegalArgumentException | GeneralSecurityException | ClassCastException e) {
            throw new KeysException(KeysError.CERTIFICATE_INVALID, "Certificate data cannot be parsed");
        }
    }

    @Override
    public List<X509Certificate> parseChain(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new KeysException(KeysError.EMPTY_DATA, "certificateData should not be null or empty");
        }
        if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
            return List.of(parse(pem));
        }
        List<X509Certificate> chain = new java.util.ArrayList<>();
        for (String block : pem.split("(?=-----BEGIN CERTIFICATE-----)")) {
            if (block.contains("-----BEGIN CERTIFICATE-----")) {
                chain.add(parse(block));
            }
        }
        if (chain.size() > MAX_CHAIN) {
            throw new KeysException(
                    KeysError.CERTIFICATE_INVALID, "A chain may hold at most " + MAX_CHAIN + " certificates");
        }
        return List.copyOf(chain);
    }

    @Override
    public List<TrustedCertificate> caCertificates(String domain) {
        requireDomain(domain);
        return stored.caCertificates(domain);
    }

    private X509Certificate resign(X509Certificate partner) {
        StoredKey issuer = keys.currentKey(PARTNER_ISSUER);
        X509Certificate issuerCertificate = issuer.info().certificate();
        var notAfter = partner.getNotAfter().toInstant().isBefore(issuer.info().notAfter())
                ? partner.getNotAfter().toInstant()
                : issuer.info().notAfter();
        var subject = new CertificateIssuer.Subject(
                X500Name.getInstance(partner.getSubjectX500Principal().getEncoded()),
                partner.getPublicKey(),
                clock.instant().minusSeconds(60),
                notAfter,
                false);
        var signer = new CertificateIssuer.Issuer(
                X500Name.getInstance(issuerCertificate.getSubjectX500Principal().getEncoded()),
                issuerCertificate.getPublicKey(),
                data -> vault.sign(issuer.alias(), SignatureScheme.RSA_PKCS1_SHA256, data));
        return CertificateIssuer.issue(subject, signer);
    }

    private void requireCurrentlyValid(X509Certificate certificate) {
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new KeysException(KeysError.CERTIFICATE_INVALID, "Certificate is outside its validity period");
        }
    }

    static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void requireDomain(String domain) {
        if (domain == null || !DOMAIN.matcher(domain).matches()) {
            throw new KeysException(
                    KeysError.INVALID_REQUEST, "partnerDomain must be upper case, e.g. AUTH, DEVICE, FTM");
        }
    }

    static String id(X509Certificate certificate) {
        return HexFormat.of().formatHex(VaultKeyRing.thumbprint(certificate));
    }
}
