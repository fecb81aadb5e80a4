package org.openfid.keys.trust;

import java.security.cert.X509Certificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.keys.TrustedCertificate;
import org.openfid.keys.catalogue.Pem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code keys.trusted_certificate} table. */
@Repository
class TrustedCertificates {

    private final JdbcClient jdbc;

    TrustedCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a certificate for a domain; uploading the same certificate to the same domain again keeps
     * the first record (idempotent), to another domain trusts it there too.
     */
    TrustedCertificate save(TrustedCertificate record) {
        jdbc.sql("""
                        insert into keys.trusted_certificate
                          (id, kind, domain, partner_id, subject, issuer, not_before, not_after, certificate,
                           signed_certificate)
                        values (:id, :kind, :domain, :partner, :subject, :issuer, :nb, :na, :cert, :signed)
                        on conflict (id, domain) do nothing""")
                .param("id", record.id())
                .param("kind", record.kind())
                .param("domain", record.domain())
                .param("partner", record.partnerId())
                .param("subject", record.subject())
                .param("issuer", record.issuer())
                .param("nb", Timestamp.from(record.notBefore()))
                .param("na", Timestamp.from(record.notAfter()))
                .param("cert", record.certificatePem())
                .param("signed", record.signedCertificatePem())
                .update();
        return jdbc.sql("select * from keys.trusted_certificate where id = :id and domain = :domain")
                .param("id", record.id())
                .param("domain", record.domain())
                .query(TrustedCertificates::map)
                .single();
    }

    List<TrustedCertificate> caCertificates(String domain) {
        return jdbc.sql(
                        "select * from keys.trusted_certificate where domain = :domain and kind = 'CA' order by created_at")
                .param("domain", domain)
                .query(TrustedCertificates::map)
                .list();
    }

    static TrustedCertificate describe(
            X509Certificate certificate,
            String kind,
            String domain,
            @Nullable String partnerId,
            @Nullable String signedPem) {
        return new TrustedCertificate(
                TrustStore.id(certificate),
                kind,
                domain,
                partnerId,
                certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                Pem.of(certificate),
                signedPem);
    }

    private static TrustedCertificate map(ResultSet rs, int row) throws SQLException {
        return new TrustedCertificate(
                rs.getString("id"),
                rs.getString("kind"),
                rs.getString("domain"),
                rs.getString("partner_id"),
                rs.getString("subject"),
                rs.getString("issuer"),
                rs.getTimestamp("not_before").toInstant(),
                rs.getTimestamp("not_after").toInstant(),
                rs.getString("certificate"),
                rs.getString("signed_certificate"));
    }
}
