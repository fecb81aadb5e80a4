package org.openfid.identity.vid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.IdentityId;
import org.openfid.identity.VidDetails;
import org.openfid.identity.VidStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code identity.vid} table. Reads for a change lock the rows ({@code FOR UPDATE}) and changes
 * per identity are serialised by an advisory lock, so concurrent creates cannot exceed a policy's
 * instances and a VID cannot be used, revoked and regenerated at the same time.
 */
@Component
class VidStore {

    private static final String COLUMNS =
            "id, identity_id, masked, vid_type, status, generated_at, expires_at, transactions_left";

    private final JdbcClient jdbc;

    VidStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises VID changes of one identity until the transaction ends. */
    void lockIdentity(IdentityId identity) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('identity.vid:' || :id, 0))")
                .param("id", identity.value().toString())
                .query(Object.class)
                .single();
    }

    Optional<VidDetails> byHashForUpdate(String hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.vid WHERE vid_hash = :hash FOR UPDATE")
                .param("hash", hash)
                .query(VidStore::details)
                .optional();
    }

    /** The keyed hash a VID row is stored under (the audit target of its changes). */
    String hashOf(UUID id) {
        return jdbc.sql("SELECT vid_hash FROM identity.vid WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    List<VidDetails> ofIdentity(IdentityId identity) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.vid WHERE identity_id = :identity"
                        + " ORDER BY generated_at DESC, id")
                .param("identity", identity.value())
                .query(VidStore::details)
                .list();
    }

    void insert(VidDetails vid, String hash, Instant now) {
        jdbc.sql("INSERT INTO identity.vid (id, vid_hash, masked, identity_id, vid_type, status, generated_at,"
                        + " expires_at, transactions_left, updated_at) VALUES (:id, :hash, :masked, :identity, :type,"
                        + " :status, :generated, :expires, :left, :now)")
                .param("id", vid.id())
                .param("hash", hash)
                .param("masked", vid.masked())
                .param("identity", vid.identity().value())
                .param("type", vid.type())
                .param("status", vid.status().name())
                .param("generated", utc(vid.generatedAt()))
                .param("expires", vid.expiresAt() == null ? null : utc(vid.expiresAt()))
                .param("left", vid.transactionsLeft())
                .param("now", utc(now))
                .update();
    }

    void update(UUID id, VidStatus status, @Nullable Integer transactionsLeft, Instant now) {
        jdbc.sql("UPDATE identity.vid SET status = :status, transactions_left = :left, updated_at = :now"
                        + " WHERE id = :id")
                .param("id", id)
                .param("status", status.name())
                .param("left", transactionsLeft)
                .param("now", utc(now))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static VidDetails details(ResultSet rs, int row) throws SQLException {
        OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
        int left = rs.getInt("transactions_left");
        Integer transactionsLeft = rs.wasNull() ? null : left;
        return new VidDetails(
                rs.getObject("id", UUID.class),
                new IdentityId(rs.getObject("identity_id", UUID.class)),
                rs.getString("masked"),
                rs.getString("vid_type"),
                VidStatus.valueOf(rs.getString("status")),
                rs.getObject("generated_at", OffsetDateTime.class).toInstant(),
                expires == null ? null : expires.toInstant(),
                transactionsLeft);
    }
}
