package org.openfid.authentication.history;

import java.sql.Array;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.authentication.AuthTransaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes {@code authentication.auth_transaction}. A request that opened correctly claims its (partner,
 * kind, transaction id, request time) with its record (authentication: one insert with the outcome;
 * OTP requests: a claim first, completed later): a replay finds the claim taken and is refused. Both
 * are written in the request's transaction, so a crash leaves neither.
 */
@Component
public class TransactionLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    TransactionLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What is known of a request when it is recorded.
     *
     * @param kind AUTH, KYC, OTP, INTERNAL_AUTH or INTERNAL_OTP
     * @param partnerId the partner, or {@code internal}
     * @param transactionId the partner's transaction id ({@code -} when it was unreadable)
     * @param requestTime the partner's request time (now when unreadable)
     * @param idType UIN or VID, when known
     */
    public record Request(
            String kind,
            String partnerId,
            String transactionId,
            Instant requestTime,
            @Nullable String idType) {}

    /** Claims the request's transaction id; false when a request with it was already accepted. */
    public boolean claim(UUID id, Request request) {
        return jdbc.sql("INSERT INTO authentication.auth_transaction (id, request_kind, partner_id, transaction_id,"
                                + " request_time, response_time, id_type, auth_types, status, error_codes, replay_guard)"
                                + " VALUES (:id, :kind, :partner, :txn, :time, :now, :idType, '{}', 'PENDING', '{}', true)"
                                + " ON CONFLICT DO NOTHING")
                        .param("id", id)
                        .param("kind", request.kind())
                        .param("partner", request.partnerId())
                        .param("txn", request.transactionId())
                        .param("time", utc(request.requestTime()))
                        .param("now", utc(clock.instant()))
                        .param("idType", request.idType())
                        .update()
                == 1;
    }

    /**
     * Records the outcome of a request that opened correctly, claiming its transaction id in the same
     * insert; false (nothing written) when a request with it was already accepted.
     */
    public boolean record(
            Request request,
            @Nullable String individualHash,
            List<String> authTypes,
            List<String> errorCodes,
            @Nullable String token) {
        return insert(request, individualHash, authTypes, errorCodes, token, errorCodes.isEmpty(), true) == 1;
    }

    private int insert(
            Request request,
            @Nullable String individualHash,
            List<String> authTypes,
            List<String> errorCodes,
            @Nullable String token,
            boolean success,
            boolean replayGuard) {
        return jdbc.sql("INSERT INTO authentication.auth_transaction (id, request_kind, partner_id, transaction_id,"
                        + " request_time, response_time, individual_hash, id_type, auth_types, status,"
                        + " error_codes, token, replay_guard) VALUES (:id, :kind, :partner, :txn, :time, :now,"
                        + " :hash, :idType, :types, :status, :errors, :token, :guard) ON CONFLICT DO NOTHING")
                .param("id", UUID.randomUUID())
                .param("kind", request.kind())
                .param("partner", request.partnerId())
                .param("txn", request.transactionId())
                .param("time", utc(request.requestTime()))
                .param("now", utc(clock.instant()))
                .param("hash", individualHash)
                .param("idType", request.idType())
                .param("types", authTypes.toArray(String[]::new))
                .param("status", success ? "SUCCESS" : "FAILURE")
                .param("errors", errorCodes.toArray(String[]::new))
                .param("token", token)
                .param("guard", replayGuard)
                .update();
    }

    /** Writes the outcome of a claimed request. */
    public void complete(
            UUID id,
            @Nullable String individualHash,
            List<String> authTypes,
            List<String> errorCodes,
            @Nullable String token) {
        jdbc.sql(
                        "UPDATE authentication.auth_transaction SET response_time = :now, individual_hash = :hash,"
                                + " auth_types = :types, status = :status, error_codes = :errors, token = :token WHERE id = :id")
                .param("now", utc(clock.instant()))
                .param("hash", individualHash)
                .param("types", authTypes.toArray(String[]::new))
                .param("status", errorCodes.isEmpty() ? "SUCCESS" : "FAILURE")
                .param("errors", errorCodes.toArray(String[]::new))
                .param("token", token)
                .param("id", id)
                .update();
    }

    /** Records a request refused before it could claim its transaction id (forged, garbled, replayed). */
    public void refused(Request request, @Nullable String individualHash, List<String> errorCodes) {
        insert(request, individualHash, List.of(), errorCodes, null, false, false);
    }

    /** The person's most recent records, newest first. */
    public List<AuthTransaction> history(String individualHash, int limit) {
        return jdbc.sql(
                        "SELECT id, request_kind, partner_id, transaction_id, request_time, response_time, id_type,"
                                + " auth_types, status, error_codes FROM authentication.auth_transaction"
                                + " WHERE individual_hash = :hash AND status <> 'PENDING' ORDER BY response_time DESC LIMIT :limit")
                .param("hash", individualHash)
                .param("limit", limit)
                .query((rs, n) -> new AuthTransaction(
                        rs.getObject("id", UUID.class),
                        rs.getString("request_kind"),
                        rs.getString("partner_id"),
                        rs.getString("transaction_id"),
                        rs.getObject("request_time", OffsetDateTime.class).toInstant(),
                        rs.getObject("response_time", OffsetDateTime.class).toInstant(),
                        String.valueOf(rs.getString("id_type")),
                        strings(rs.getArray("auth_types")),
                        "SUCCESS".equals(rs.getString("status")),
                        strings(rs.getArray("error_codes"))))
                .list();
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
