package org.openfid.enrolment.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.EnrolmentCase;
import org.openfid.enrolment.RegistrationType;
import org.openfid.enrolment.StageRecord;
import org.openfid.identity.Rid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code enrolment.enrolment_case} and {@code enrolment.stage_history} tables. */
@Component
class CaseStore {

    private static final String COLUMNS = "id, rid, process, status, received_at, updated_at";

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A received packet: where it is stored and what it hashed to. */
    record StoredPacket(String key, String packetHash, long packetSize, String storedHash, boolean sealed) {}

    void insert(UUID id, String rid, RegistrationType process, StoredPacket packet, Instant now) {
        jdbc.sql("""
                INSERT INTO enrolment.enrolment_case (id, rid, process, status, packet_key, packet_hash,
                    packet_size, stored_hash, sealed, received_at, updated_at)
                VALUES (:id, :rid, :process, 'RECEIVED', :key, :hash, :size, :stored, :sealed, :now, :now)
                """)
                .param("id", id)
                .param("rid", rid)
                .param("process", process.name())
                .param("key", packet.key())
                .param("hash", packet.packetHash())
                .param("size", packet.packetSize())
                .param("stored", packet.storedHash())
                .param("sealed", packet.sealed())
                .param("now", Timestamp.from(now))
                .update();
    }

    void appendHistory(
            UUID caseId, String stage, StageRecord.Outcome outcome, @Nullable String reasonCode, Instant now) {
        jdbc.sql("""
                INSERT INTO enrolment.stage_history (case_id, stage, outcome, reason_code, occurred_at)
                VALUES (:caseId, :stage, :outcome, :reason, :now)
                """)
                .param("caseId", caseId)
                .param("stage", stage)
                .param("outcome", outcome.name())
                .param("reason", reasonCode)
                .param("now", Timestamp.from(now))
                .update();
    }

    Optional<EnrolmentCase> find(String rid) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enrolment.enrolment_case WHERE rid = :rid")
                .param("rid", rid)
                .query(CaseStore::enrolmentCase)
                .optional();
    }

    /** The hash of the packet received for {@code rid}, if one was. */
    Optional<String> packetHash(String rid) {
        return jdbc.sql("SELECT packet_hash FROM enrolment.enrolment_case WHERE rid = :rid")
                .param("rid", rid)
                .query(String.class)
                .optional();
    }

    /** Where the packet of a case is stored, with its RID (the sealing's associated data). */
    Optional<Located> located(UUID caseId) {
        return jdbc.sql("""
                SELECT rid, packet_key, packet_hash, packet_size, stored_hash, sealed
                FROM enrolment.enrolment_case WHERE id = :id
                """)
                .param("id", caseId)
                .query((rs, n) -> new Located(
                        rs.getString("rid"),
                        new StoredPacket(
                                rs.getString("packet_key"),
                                rs.getString("packet_hash"),
                                rs.getLong("packet_size"),
                                rs.getString("stored_hash"),
                                rs.getBoolean("sealed"))))
                .optional();
    }

    /** A case's RID and stored packet. */
    record Located(String rid, StoredPacket packet) {}

    List<StageRecord> history(String rid) {
        return jdbc.sql("""
                SELECT h.stage, h.outcome, h.reason_code, h.reason, h.attempt, h.occurred_at,
                       coalesce(h.cpu_micros, -1) AS cpu_micros, coalesce(h.wall_micros, -1) AS wall_micros,
                       coalesce(h.alloc_bytes, -1) AS alloc_bytes
                FROM enrolment.stage_history h JOIN enrolment.enrolment_case c ON c.id = h.case_id
                WHERE c.rid = :rid ORDER BY h.id
                """)
                .param("rid", rid)
                .query((rs, n) -> new StageRecord(
                        rs.getString("stage"),
                        StageRecord.Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("reason_code"),
                        rs.getString("reason"),
                        rs.getInt("attempt"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getLong("cpu_micros"),
                        rs.getLong("wall_micros"),
                        rs.getLong("alloc_bytes")))
                .list();
    }

    private static EnrolmentCase enrolmentCase(ResultSet rs, int row) throws SQLException {
        return new EnrolmentCase(
                rs.getObject("id", UUID.class),
                new Rid(rs.getString("rid")),
                RegistrationType.valueOf(rs.getString("process")),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
