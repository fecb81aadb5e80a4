package org.openfid.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openfid.audit.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the chain: pages of entries in order, its last entry and its recorded head. */
@Component
public class EntryStore {

    static final String COLUMNS = "seq, event_id, occurred_at, recorded_at, module, action, actor, partner,"
            + " target_hash, outcome, detail, request_id, prev_hash, hash";

    private final JdbcClient jdbc;

    EntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit} entries after position {@code afterSeq}, in chain order. */
    public List<AuditEntry> page(long afterSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit.entry WHERE seq > :after ORDER BY seq LIMIT :limit")
                .param("after", afterSeq)
                .param("limit", limit)
                .query((rs, row) -> entry(rs))
                .list();
    }

    /** The entry recording the fact {@code eventId}, if recorded. */
    public Optional<AuditEntry> byEventId(UUID eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit.entry WHERE event_id = :id")
                .param("id", eventId)
                .query((rs, row) -> entry(rs))
                .optional();
    }

    /** The last entry's position and hash, or empty for an empty chain. */
    public Optional<ChainPosition> last() {
        return jdbc.sql("SELECT seq, hash FROM audit.entry ORDER BY seq DESC LIMIT 1")
                .query((rs, row) -> new ChainPosition(rs.getLong("seq"), rs.getString("hash")))
                .optional();
    }

    /** The head as recorded by the last append (position 0 and the genesis hash before any). */
    public ChainPosition head() {
        return jdbc.sql("SELECT seq, hash FROM audit.chain_head WHERE id = 1")
                .query((rs, row) -> new ChainPosition(rs.getLong("seq"), rs.getString("hash")))
                .single();
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("event_id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("module"),
                rs.getString("action"),
                rs.getString("actor"),
                rs.getString("partner"),
                rs.getString("target_hash"),
                rs.getString("outcome"),
                rs.getString("detail"),
                rs.getString("request_id"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
