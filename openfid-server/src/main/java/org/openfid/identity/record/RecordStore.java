package org.openfid.identity.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openfid.identity.AuthTypeLocks.AuthTypeStatus;
import org.openfid.identity.UinStatus;
import org.openfid.identity.record.DocumentVault.StoredBlob;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The identity tables (schema {@code identity}); values arrive here already sealed. */
@Repository
public class RecordStore {

    private static final String RECORD_COLUMNS =
            "r.id, r.uin_hash, r.rid, r.status, r.version, r.sealed, r.data, r.created_at, r.updated_at";

    private final JdbcClient jdbc;

    RecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of {@code identity_record}. */
    public record RecordRow(
            UUID id,
            String uinHash,
            String rid,
            UinStatus status,
            int version,
            boolean sealed,
            byte[] data,
            Instant createdAt,
            Instant updatedAt) {}

    /** A row of {@code identity_version}. */
    public record VersionRow(UUID id, int version, String rid, boolean sealed, byte[] data, Instant createdAt) {}

    public Optional<RecordRow> byUinHash(String uinHash) {
        return jdbc.sql("select " + RECORD_COLUMNS + " from identity.identity_record r where r.uin_hash = :h")
                .param("h", uinHash)
                .query(RecordStore::record)
                .optional();
    }

    /** A record row with the lock rows stored for its authentication types (none for types never locked). */
    public record RowWithLocks(RecordRow row, List<AuthTypeStatus> locks) {}

    /** The record of a UIN hash with its lock rows: one query, a left join, one row per lock row. */
    public Optional<RowWithLocks> byUinHashWithLocks(String uinHash) {
        return jdbc.sql("select " + RECORD_COLUMNS + ", l.auth_type, l.locked, l.locked_until"
                        + " from identity.identity_record r left join identity.auth_type_lock l on l.identity_id = r.id"
                        + " where r.uin_hash = :h")
                .param("h", uinHash)
                .query(rs -> {
                    RecordRow row = null;
                    List<AuthTypeStatus> locks = new ArrayList<>();
                    while (rs.next()) {
                        row = row == null ? record(rs, 0) : row;
                        String type = rs.getString("auth_type");
                        if (type != null) {
                            Timestamp until = rs.getTimestamp("locked_until");
                            locks.add(new AuthTypeStatus(
                                    type, rs.getBoolean("locked"), until == null ? null : until.toInstant()));
                        }
                    }
                    return Optional.ofNullable(row).map(found -> new RowWithLocks(found, locks));
                });
    }

    public Optional<RecordRow> byId(UUID id) {
        return jdbc.sql("select " + RECORD_COLUMNS + " from identity.identity_record r where r.id = :id")
                .param("id", id)
                .query(RecordStore::record)
                .optional();
    }

    /** The record one of whose versions was made by {@code rid}. */
    public Optional<RecordRow> byRid(String rid) {
        return jdbc.sql("select " + RECORD_COLUMNS + " from identity.identity_record r"
                        + " join identity.identity_version v on v.identity_id = r.id where v.rid = :rid")
                .param("rid", rid)
                .query(RecordStore::record)
                .optional();
    }

    /** The record that owns a handle. */
    public Optional<RecordRow> byHandleHash(String handleHash) {
        return jdbc.sql("select " + RECORD_COLUMNS + " from identity.identity_record r"
                        + " join identity.identity_handle h on h.identity_id = r.id where h.handle_hash = :h")
                .param("h", handleHash)
                .query(RecordStore::record)
                .optional();
    }

    public boolean ridUsed(String rid) {
        return jdbc.sql("select exists (select 1 from identity.identity_version where rid = :rid)")
                .param("rid", rid)
                .query(Boolean.class)
                .single();
    }

    public void insertRecord(RecordRow row) {
        jdbc.sql(
                        "insert into identity.identity_record (id, uin_hash, rid, status, version, sealed, data, created_at,"
                                + " updated_at) values (:id, :uin, :rid, :status, :version, :sealed, :data, :created, :updated)")
                .param("id", row.id())
                .param("uin", row.uinHash())
                .param("rid", row.rid())
                .param("status", row.status().name())
                .param("version", row.version())
                .param("sealed", row.sealed())
                .param("data", row.data())
                .param("created", Timestamp.from(row.createdAt()))
                .param("updated", Timestamp.from(row.updatedAt()))
                .update();
    }

    /**
     * Moves the record to a new version if it is still at {@code expectedVersion}.
     *
     * @return whether it was (false: someone else changed it first)
     */
    public boolean advance(UUID id, int expectedVersion, String rid, boolean sealed, byte[] data, Instant at) {
        return jdbc.sql("update identity.identity_record set version = :next, rid = :rid, sealed = :sealed,"
                                + " data = :data, updated_at = :at where id = :id and version = :expected")
                        .param("next", expectedVersion + 1)
                        .param("rid", rid)
                        .param("sealed", sealed)
                        .param("data", data)
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    public void insertVersion(VersionRow row) {
        jdbc.sql("insert into identity.identity_version (identity_id, version, rid, sealed, data, created_at)"
                        + " values (:id, :version, :rid, :sealed, :data, :at)")
                .param("id", row.id())
                .param("version", row.version())
                .param("rid", row.rid())
                .param("sealed", row.sealed())
                .param("data", row.data())
                .param("at", Timestamp.from(row.createdAt()))
                .update();
    }

    public List<VersionRow> versions(UUID id) {
        return jdbc.sql("select identity_id, version, rid, sealed, data, created_at from identity.identity_version"
                        + " where identity_id = :id order by version")
                .param("id", id)
                .query((rs, n) -> new VersionRow(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getBytes(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    public void insertBlobs(UUID id, int version, List<StoredBlob> blobs) {
        for (StoredBlob blob : blobs) {
            jdbc.sql("insert into identity.identity_blob (identity_id, version, category, blob_key, content_hash)"
                            + " values (:id, :version, :category, :key, :hash)")
                    .param("id", id)
                    .param("version", version)
                    .param("category", blob.category())
                    .param("key", blob.key())
                    .param("hash", blob.contentHash())
                    .update();
        }
    }

    public List<StoredBlob> blobs(UUID id, int version) {
        return jdbc.sql("select category, blob_key, content_hash from identity.identity_blob"
                        + " where identity_id = :id and version = :version order by category")
                .param("id", id)
                .param("version", version)
                .query((rs, n) -> new StoredBlob(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public boolean changeStatus(UUID id, UinStatus from, UinStatus to, byte[] reason, Instant at) {
        boolean changed = jdbc.sql("update identity.identity_record set status = :to where id = :id and status = :from")
                        .param("to", to.name())
                        .param("id", id)
                        .param("from", from.name())
                        .update()
                == 1;
        if (changed) {
            jdbc.sql("insert into identity.identity_status_change (identity_id, from_status, to_status, reason,"
                            + " changed_at) values (:id, :from, :to, :reason, :at)")
                    .param("id", id)
                    .param("from", from.name())
                    .param("to", to.name())
                    .param("reason", reason)
                    .param("at", Timestamp.from(at))
                    .update();
        }
        return changed;
    }

    private static RecordRow record(ResultSet rs, int row) throws SQLException {
        return new RecordRow(
                rs.getObject("id", UUID.class),
                rs.getString("uin_hash"),
                rs.getString("rid"),
                UinStatus.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getBoolean("sealed"),
                rs.getBytes("data"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
