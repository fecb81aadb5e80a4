package org.openfid.identity.record;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Handles and update counts of identities. */
@Repository
public class HandleStore {

    private final JdbcClient jdbc;

    HandleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UUID> owner(String handleHash) {
        return jdbc.sql("select identity_id from identity.identity_handle where handle_hash = :h")
                .param("h", handleHash)
                .query(UUID.class)
                .optional();
    }

    public void replace(UUID identity, java.util.Map<String, String> hashByField) {
        jdbc.sql("delete from identity.identity_handle where identity_id = :id")
                .param("id", identity)
                .update();
        hashByField.forEach((field, hash) -> jdbc.sql(
                        "insert into identity.identity_handle (handle_hash, identity_id, field) values (:h, :id, :f)")
                .param("h", hash)
                .param("id", identity)
                .param("f", field)
                .update());
    }

    public Optional<byte[]> counts(UUID identity) {
        return jdbc.sql("select counts from identity.identity_update_count where identity_id = :id")
                .param("id", identity)
                .query(byte[].class)
                .optional();
    }

    public void saveCounts(UUID identity, byte[] counts) {
        jdbc.sql("insert into identity.identity_update_count (identity_id, counts) values (:id, :c)"
                        + " on conflict (identity_id) do update set counts = excluded.counts")
                .param("id", identity)
                .param("c", counts)
                .update();
    }
}
