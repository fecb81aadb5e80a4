package org.openfid.enrolment.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.RegistrationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code enrolment.sync_record} table. A re-sync of a RID replaces its record (a machine may
 * re-export a packet before upload); the caller refuses it once a different packet was received.
 */
@Component
class SyncStore {

    private final JdbcClient jdbc;

    SyncStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises intake work on one RID until the transaction ends. */
    void lock(String rid) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('enrolment.rid:' || :rid, 0))")
                .param("rid", rid)
                .query(Object.class)
                .single();
    }

    void upsert(SyncRecord sync, byte @Nullable [] sealedComment, Instant now) {
        jdbc.sql("""
                INSERT INTO enrolment.sync_record (rid, packet_id, additional_info_req_id, registration_type,
                    packet_hash, packet_size, supervisor_status, supervisor_comment, lang_code, centre_id,
                    machine_id, name_hash, email_hash, phone_hash, synced_at, updated_at)
                VALUES (:rid, :packetId, :info, :type, :hash, :size, :supervisor, :comment, :lang, :centre,
                    :machine, :name, :email, :phone, :now, :now)
                ON CONFLICT (rid) DO UPDATE SET packet_id = EXCLUDED.packet_id,
                    additional_info_req_id = EXCLUDED.additional_info_req_id,
                    registration_type = EXCLUDED.registration_type, packet_hash = EXCLUDED.packet_hash,
                    packet_size = EXCLUDED.packet_size, supervisor_status = EXCLUDED.supervisor_status,
                    supervisor_comment = EXCLUDED.supervisor_comment, lang_code = EXCLUDED.lang_code,
                    centre_id = EXCLUDED.centre_id, machine_id = EXCLUDED.machine_id,
                    name_hash = EXCLUDED.name_hash, email_hash = EXCLUDED.email_hash,
                    phone_hash = EXCLUDED.phone_hash, updated_at = EXCLUDED.updated_at
                """)
                .param("rid", sync.rid())
                .param("packetId", sync.packetId())
                .param("info", sync.additionalInfoReqId())
                .param("type", sync.type().name())
                .param("hash", sync.packetHash())
                .param("size", sync.packetSize())
                .param("supervisor", sync.supervisorStatus())
                .param("comment", sealedComment)
                .param("lang", sync.langCode())
                .param("centre", sync.centreId())
                .param("machine", sync.machineId())
                .param("name", sync.nameHash())
                .param("email", sync.emailHash())
                .param("phone", sync.phoneHash())
                .param("now", Timestamp.from(now))
                .update();
    }

    Optional<SyncRecord> byPacketId(String packetId) {
        return find("packet_id", packetId);
    }

    Optional<SyncRecord> byRid(String rid) {
        return find("rid", rid);
    }

    private Optional<SyncRecord> find(String column, String value) {
        return jdbc.sql("""
                SELECT rid, packet_id, additional_info_req_id, registration_type, packet_hash, packet_size,
                    supervisor_status, lang_code, centre_id, machine_id, name_hash, email_hash, phone_hash
                FROM enrolment.sync_record WHERE %s = :value
                """.formatted(column))
                .param("value", value)
                .query((rs, n) -> new SyncRecord(
                        rs.getString("rid"),
                        rs.getString("packet_id"),
                        rs.getString("additional_info_req_id"),
                        RegistrationType.valueOf(rs.getString("registration_type")),
                        rs.getString("packet_hash"),
                        rs.getLong("packet_size"),
                        rs.getString("supervisor_status"),
                        null,
                        rs.getString("lang_code"),
                        rs.getString("centre_id"),
                        rs.getString("machine_id"),
                        rs.getString("name_hash"),
                        rs.getString("email_hash"),
                        rs.getString("phone_hash")))
                .optional();
    }
}
