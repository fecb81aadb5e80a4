package org.openfid.identity.draft;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code identity.identity_draft} table. */
@Repository
class DraftStore {

    record DraftRow(
            String rid, @Nullable UUID identityId, @Nullable Integer baseVersion, boolean sealed, byte[] data) {}

    private final JdbcClient jdbc;

    DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DraftRow> find(String rid, boolean forUpdate) {
        return jdbc.sql(
                        "select rid, identity_id, base_version, sealed, data from identity.identity_draft where rid = :rid"
                                + (forUpdate ? " for update" : ""))
                .param("rid", rid)
                .query((rs, n) -> new DraftRow(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        (Integer) rs.getObject(3),
                        rs.getBoolean(4),
                        rs.getBytes(5)))
                .optional();
    }

    boolean exists(String rid) {
        return jdbc.sql("select exists (select 1 from identity.identity_draft where rid = :rid)")
                .param("rid", rid)
                .query(Boolean.class)
                .single();
    }

    void insert(DraftRow row, Instant now) {
        jdbc.sql("insert into identity.identity_draft (rid, identity_id, base_version, sealed, data, created_at,"
                        + " updated_at) values (:rid, :id, :base, :sealed, :data, :now, :now)")
                .param("rid", row.rid())
                .param("id", row.identityId())
                .param("base", row.baseVersion())
                .param("sealed", row.sealed())
                .param("data", row.data())
                .param("now", Timestamp.from(now))
                .update();
    }

    void replaceData(String rid, boolean sealed, byte[] data, Instant now) {
        jdbc.sql(
                        "update identity.identity_draft set sealed = :sealed, data = :data, updated_at = :now where rid = :rid")
                .param("sealed", sealed)
                .param("data", data)
                .param("now", Timestamp.from(now))
                .param("rid", rid)
                .update();
    }

    boolean delete(String rid) {
        return jdbc.sql("delete from identity.identity_draft where rid = :rid")
                        .param("rid", rid)
                        .update()
                == 1;
    }
}
