package org.openfid.authentication.otp;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openfid.authentication.AuthenticationProperties;
import org.openfid.authentication.IdaError;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues and checks one-time passwords. An OTP is kept only as a keyed hash bound to its record, so
 * neither a database copy nor a log can reveal it; it is valid for one use, within its validity, for
 * the partner, transaction and id type it was requested with. Wrong OTPs count per person across
 * requests; after {@code maxAttempts} in a row the person's OTP use is frozen, which makes guessing
 * six digits hopeless. Requesting a new OTP replaces the pending one; requests per person are limited
 * per window (MOSIP's flooding guard).
 */
@Component
public class OtpDesk {

    static final KeyRef OTP_HASH = KeyRef.of("IDA", "OTP");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final KeyedHashes hashes;
    private final AuthenticationProperties.Otp settings;
    private final Clock clock;

    OtpDesk(JdbcClient jdbc, KeyedHashes hashes, AuthenticationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.hashes = hashes;
        this.settings = properties.otp();
        this.clock = clock;
    }

    /**
     * A new OTP, stored for the person; the caller delivers it.
     *
     * @param otp the digits (to deliver, never to store or log)
     * @param expiresAt until when it is valid
     */
    public record Issued(String otp, Instant expiresAt) {}

    /** Why no OTP may be issued now, if any reason: frozen ({@code IDA-OTA-013}) or flooded ({@code -001}). */
    public Optional<IdaError> refusalToIssue(String individualHash) {
        Optional<IdaError> frozen = frozen(individualHash);
        if (frozen.isPresent()) {
            return frozen;
        }
        long recent = jdbc.sql("SELECT count(*) FROM authentication.otp_transaction WHERE individual_hash = :hash"
                        + " AND created_at > :since")
                .param("hash", individualHash)
                .param("since", utc(clock.instant().minus(settings.requestWindow())))
                .query(Long.class)
                .single();
        return recent >= settings.maxRequests()
                ? Optional.of(IdaError.of("IDA-OTA-001", "Innumerous OTP requests received"))
                : Optional.empty();
    }

    /** Issues an OTP, replacing any pending one of the person. */
    public Issued issue(String individualHash, String partnerId, String transactionId, String idType) {
        jdbc.sql("UPDATE authentication.otp_transaction SET status = 'REPLACED' WHERE individual_hash = :hash"
                        + " AND status = 'ACTIVE'")
                .param("hash", individualHash)
                .update();
        UUID id = UUID.randomUUID();
        String otp = digits();
        Instant now = clock.instant();
        Instant expires = now.plus(settings.validity());
        jdbc.sql("INSERT INTO authentication.otp_transaction (id, individual_hash, partner_id, transaction_id, id_type,"
                        + " otp_hash, status, created_at, expires_at) VALUES (:id, :hash, :partner, :txn, :type, :otp,"
                        + " 'ACTIVE', :now, :expires)")
                .param("id", id)
                .param("hash", individualHash)
                .param("partner", partnerId)
                .param("txn", transactionId)
                .param("type", idType)
                .param("otp", otpHash(id, otp))
                .param("now", utc(now))
                .param("expires", utc(expires))
                .update();
        return new Issued(otp, expires);
    }

    /** Checks an OTP; returns MOSIP's errors (empty when it is right, and then it is used up). */
    public List<IdaError> validate(
            String individualHash, String partnerId, String transactionId, String idType, String otp) {
        Optional<IdaError> frozen = frozen(individualHash);
        if (frozen.isPresent()) {
            return List.of(frozen.get());
        }
        Optional<Pending> pending = pending(individualHash);
        if (pending.isEmpty()) {
            return List.of(IdaError.of(
                    "IDA-OTA-012",
                    "OTP validation can't be performed against this Individual-ID. Generate OTP first."));
        }
        Pending otpRecord = pending.get();
        if (!otpRecord.partnerId().equals(partnerId)) {
            return List.of(IdaError.of("IDA-OTA-011", "Input Partner-ID does not match Partner-ID of OTP Request"));
        }
        if (!otpRecord.transactionId().equals(transactionId)) {
            return List.of(
                    IdaError.of("IDA-OTA-005", "Input transactionID does not match transactionID of OTP Request"));
        }
        if (!otpRecord.idType().equals(idType)) {
            return List.of(
                    IdaError.of("IDA-OTA-010", "Input Identity Type does not match Identity Type of OTP Request"));
        }
        if (otpRecord.expiresAt().isBefore(clock.instant())) {
            return List.of(new IdaError(
                    "IDA-OTA-003", "OTP has expired", "Please regenerate OTP and try again after sometime"));
        }
        if (!java.security.MessageDigest.isEqual(
                otpHash(otpRecord.id(), otp).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                otpRecord.otpHash().getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return List.of(wrongOtp(individualHash));
        }
        jdbc.sql("UPDATE authentication.otp_transaction SET status = 'USED' WHERE id = :id")
                .param("id", otpRecord.id())
                .update();
        jdbc.sql("DELETE FROM authentication.otp_guard WHERE individual_hash = :hash")
                .param("hash", individualHash)
                .update();
        return List.of();
    }

    private record Pending(
            UUID id, String partnerId, String transactionId, String idType, String otpHash, Instant expiresAt) {}

    private Optional<Pending> pending(String individualHash) {
        return jdbc.sql("SELECT id, partner_id, transaction_id, id_type, otp_hash, expires_at"
                        + " FROM authentication.otp_transaction WHERE individual_hash = :hash AND status = 'ACTIVE'"
                        + " ORDER BY created_at DESC LIMIT 1 FOR UPDATE")
                .param("hash", individualHash)
                .query((rs, n) -> new Pending(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .optional();
    }

    private IdaError wrongOtp(String individualHash) {
        int failed = jdbc.sql(
                        "INSERT INTO authentication.otp_guard (individual_hash, failed_attempts) VALUES (:hash, 1)"
                                + " ON CONFLICT (individual_hash) DO UPDATE SET failed_attempts = otp_guard.failed_attempts + 1"
                                + " RETURNING failed_attempts")
                .param("hash", individualHash)
                .query(Integer.class)
                .single();
        if (failed >= settings.maxAttempts()) {
            jdbc.sql("UPDATE authentication.otp_guard SET frozen_until = :until, failed_attempts = 0"
                            + " WHERE individual_hash = :hash")
                    .param("until", utc(clock.instant().plus(settings.frozenFor())))
                    .param("hash", individualHash)
                    .update();
            jdbc.sql("UPDATE authentication.otp_transaction SET status = 'REPLACED' WHERE individual_hash = :hash"
                            + " AND status = 'ACTIVE'")
                    .param("hash", individualHash)
                    .update();
        }
        return new IdaError("IDA-OTA-004", "OTP is invalid", "Please provide correct OTP value");
    }

    private Optional<IdaError> frozen(String individualHash) {
        return jdbc.sql("SELECT frozen_until FROM authentication.otp_guard WHERE individual_hash = :hash"
                        + " AND frozen_until > :now")
                .param("hash", individualHash)
                .param("now", utc(clock.instant()))
                .query((rs, n) -> IdaError.of(
                        "IDA-OTA-013",
                        "OTP request/validation has been frozen for the Individual-ID for "
                                + settings.frozenFor().toMinutes() + " minutes due to consecutive failure attempts for "
                                + settings.maxAttempts() + " times."))
                .optional();
    }

    private String otpHash(UUID record, String otp) {
        return hashes.hash(OTP_HASH, record + ":" + otp);
    }

    private String digits() {
        StringBuilder otp = new StringBuilder(settings.length());
        for (int i = 0; i < settings.length(); i++) {
            otp.append(RANDOM.nextInt(10));
        }
        return otp.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
