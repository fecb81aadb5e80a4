package org.openfid.enrolment.correction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openfid.identity.Rid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The correction requests of paused cases ({@code enrolment.correction_request}). The quality stage
 * requests; the CORRECTION flow finds the paused case by the request id its packet's sync names,
 * records the answer, and resumes the case, whose stage then finds the request answered. Every
 * method runs in the caller's transaction (stages run inside the pipeline's).
 */
@Component
public class CorrectionRequests {

    /** MOSIP's additional-info process for biometric corrections, part of the request id. */
    public static final String BIOMETRIC_CORRECTION = "BIOMETRIC_CORRECTION";

    private static final String SELECT = """
            SELECT r.request_id, r.case_id, c.rid, r.reason_code, r.requested_at, r.answered_rid
              FROM enrolment.correction_request r
              JOIN enrolment.enrolment_case c ON c.id = r.case_id
            """;

    private final JdbcClient jdbc;

    CorrectionRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Requests a biometric correction for a case, once: the id is derived from the RID ({@code
     * <rid>-BIOMETRIC_CORRECTION-1}, MOSIP's shape), so running the pausing stage again returns the
     * same request instead of adding one.
     */
    public CorrectionRequest requestBiometrics(UUID caseId, Rid rid, String reasonCode, Instant now) {
        String requestId = rid.value() + "-" + BIOMETRIC_CORRECTION + "-1";
        jdbc.sql("""
                INSERT INTO enrolment.correction_request (request_id, case_id, reason_code, requested_at)
                VALUES (:id, :caseId, :code, :now)
                ON CONFLICT (request_id) DO NOTHING
                """)
                .param("id", requestId)
                .param("caseId", caseId)
                .param("code", reasonCode)
                .param("now", Timestamp.from(now))
                .update();
        return find(requestId).orElseThrow();
    }

    /** The request (and so the paused case) a correction packet's {@code additionalInfoReqId} names. */
    public Optional<CorrectionRequest> find(String requestId) {
        return jdbc.sql(SELECT + " WHERE r.request_id = :id")
                .param("id", requestId)
                .query(CorrectionRequests::row)
                .optional();
    }

    /** The newest request of a case, if it has one. */
    public Optional<CorrectionRequest> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " WHERE r.case_id = :caseId ORDER BY r.requested_at DESC, r.request_id DESC LIMIT 1")
                .param("caseId", caseId)
                .query(CorrectionRequests::row)
                .optional();
    }

    /**
     * Records that the correction packet {@code answeredBy} answered the request. Idempotent for the
     * same packet; false when the request does not exist or another packet already answered it.
     */
    public boolean answer(String requestId, Rid answeredBy) {
        int updated = jdbc.sql("""
                UPDATE enrolment.correction_request SET answered_rid = :rid
                 WHERE request_id = :id AND (answered_rid IS NULL OR answered_rid = :rid)
                """)
                .param("rid", answeredBy.value())
                .param("id", requestId)
                .update();
        return updated == 1;
    }

    private static CorrectionRequest row(ResultSet rs, int row) throws SQLException {
        String answered = rs.getString("answered_rid");
        return new CorrectionRequest(
                rs.getString("request_id"),
                rs.getObject("case_id", UUID.class),
                new Rid(rs.getString("rid")),
                rs.getString("reason_code"),
                rs.getTimestamp("requested_at").toInstant(),
                answered == null ? null : new Rid(answered));
    }
}
