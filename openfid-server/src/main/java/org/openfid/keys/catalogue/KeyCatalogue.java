package org.openfid.keys.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openfid.keys.KeyInfo;
import org.openfid.keys.KeyRef;
import org.openfid.spi.keys.SecretKeyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code keys.key_version} and {@code keys.secret_key} tables. */
@Repository
public class KeyCatalogue {

    /** A stored version: the public facts plus the vault alias of its private key. */
    public record StoredKey(KeyInfo info, String alias, byte[] thumbprint) {}

    private static final String COLUMNS =
            "application, reference, version, alias, kind, key_id, thumbprint, certificate, not_before, not_after";

    private final JdbcClient jdbc;

    KeyCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises key creation for one purpose across threads and nodes until the transaction ends. */
    public void lock(KeyRef ref) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
                .param("name", "keys:" + ref.application() + "/" + ref.reference())
                .query((rs, row) -> 1)
                .list();
    }

    public List<StoredKey> versions(KeyRef ref) {
        return jdbc.sql("select " + COLUMNS
                        + " from keys.key_version where application = :app and reference = :ref order by version desc")
                .param("app", ref.application())
                .param("ref", ref.reference())
                .query(KeyCatalogue::map)
                .list();
    }

    public Optional<StoredKey> byKeyId(String keyId) {
        return jdbc.sql("select " + COLUMNS + " from keys.key_version where key_id = :kid")
                .param("kid", keyId)
                .query(KeyCatalogue::map)
                .optional();
    }

    public Optional<StoredKey> byThumbprint(byte[] thumbprint) {
        return jdbc.sql("select " + COLUMNS + " from keys.key_version where thumbprint = :thumbprint")
                .param("thumbprint", thumbprint)
                .query(KeyCatalogue::map)
                .optional();
    }

    /** Every version still within its validity, for the JWKS. */
    public List<StoredKey> validAt(Instant now) {
        return jdbc.sql("select " + COLUMNS + " from keys.key_version where not_after > :now and not_before <= :now"
                        + " and application <> 'ROOT' order by application, reference, version")
                .param("now", Timestamp.from(now))
                .query(KeyCatalogue::map)
                .list();
    }

    public void insert(StoredKey key) {
        KeyInfo info = key.info();
        try {
            jdbc.sql("insert into keys.key_version (" + COLUMNS
                            + ") values (:app, :ref, :version, :alias, :kind, :kid, :thumbprint, :cert, :nb, :na)")
                    .param("app", info.ref().application())
                    .param("ref", info.ref().reference())
                    .param("version", info.version())
                    .param("alias", key.alias())
                    .param("kind", info.kind())
                    .param("kid", info.keyId())
                    .param("thumbprint", key.thumbprint())
                    .param("cert", info.certificate().getEncoded())
                    .param("nb", Timestamp.from(info.notBefore()))
                    .param("na", Timestamp.from(info.notAfter()))
                    .update();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("Certificate cannot be encoded", e);
        }
    }

    /** The vault alias of the purpose's secret key of {@code kind}, if created. */
    public Optional<String> secretAlias(KeyRef ref, SecretKeyKind kind) {
        return jdbc.sql("select alias from keys.secret_key where application = :app and reference = :ref"
                        + " and kind = :kind")
                .param("app", ref.application())
                .param("ref", ref.reference())
                .param("kind", kind.name())
                .query(String.class)
                .optional();
    }

    /** Records the vault alias of a new secret key of {@code kind} for the purpose. */
    public void insertSecret(KeyRef ref, SecretKeyKind kind, String alias) {
        jdbc.sql("insert into keys.secret_key (application, reference, kind, alias) values (:app, :ref, :kind, :alias)")
                .param("app", ref.application())
                .param("ref", ref.reference())
                .param("kind", kind.name())
                .param("alias", alias)
                .update();
    }

    private static StoredKey map(ResultSet rs, int row) throws SQLException {
        var info = new KeyInfo(
                KeyRef.of(rs.getString("application"), rs.getString("reference")),
                rs.getInt("version"),
                rs.getString("key_id"),
                rs.getString("kind"),
                rs.getTimestamp("not_before").toInstant(),
                rs.getTimestamp("not_after").toInstant(),
                CertificateIssuer.parse(rs.getBytes("certificate")));
        return new StoredKey(info, rs.getString("alias"), rs.getBytes("thumbprint"));
    }
}
