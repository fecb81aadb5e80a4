package org.openfid.identity.lock;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openfid.identity.AuthTypeLocks;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IndividualId;
import org.openfid.identity.record.IdentityReader;
import org.openfid.identity.record.RecordStore.RecordRow;
import org.openfid.platform.AuditRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link AuthTypeLocks} in {@code identity.auth_type_lock}, one row per identity and type. A status
 * with an end time flips by itself when the time passes (read-time evaluation, no timer to miss).
 */
@Service
class StoredAuthTypeLocks implements AuthTypeLocks {

    private final JdbcClient jdbc;
    private final IdentityReader reader;
    private final AuditRecorder audit;
    private final Clock clock;

    StoredAuthTypeLocks(JdbcClient jdbc, IdentityReader reader, AuditRecorder audit, Clock clock) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuthTypeStatus> statuses(IndividualId id) {
        return statuses(reader.require(id).id());
    }

    private List<AuthTypeStatus> statuses(UUID identity) {
        List<AuthTypeStatus> stored = jdbc.sql(
                        "select auth_type, locked, locked_until from identity.auth_type_lock where identity_id = :id")
                .param("id", identity)
                .query((rs, n) -> {
                    Timestamp until = rs.getTimestamp(3);
                    return new AuthTypeStatus(
                            rs.getString(1), rs.getBoolean(2), until == null ? null : until.toInstant());
                })
                .list();
        return AuthTypeLocks.effective(stored, clock.instant());
    }

    @Override
    @Transactional
    public void change(IndividualId id, List<AuthTypeStatus> changes) {
        if (changes.isEmpty()) {
            throw new IdentityException(IdentityError.MISSING_INPUT, "authTypes must not be empty");
        }
        for (AuthTypeStatus change : changes) {
            if (!AUTH_TYPES.contains(change.authType())) {
                throw new IdentityException(
                        IdentityError.INVALID_INPUT,
                        "authType must be one of "
                                + AUTH_TYPES.stream().sorted().toList());
            }
        }
        RecordRow row = reader.require(id);
        Instant now = clock.instant();
        for (AuthTypeStatus change : changes) {
            jdbc.sql("insert into identity.auth_type_lock (identity_id, auth_type, locked, locked_until, changed_at)"
                            + " values (:id, :type, :locked, :until, :now) on conflict (identity_id, auth_type)"
                            + " do update set locked = excluded.locked, locked_until = excluded.locked_until,"
                            + " changed_at = excluded.changed_at")
                    .param("id", row.id())
                    .param("type", change.authType())
                    .param("locked", change.locked())
                    .param("until", change.until() == null ? null : Timestamp.from(change.until()))
                    .param("now", Timestamp.from(now))
                    .update();
            audit.success(
                    "identity",
                    change.locked() ? "AUTH_TYPE_LOCKED" : "AUTH_TYPE_UNLOCKED",
                    row.uinHash(),
                    change.authType() + (change.until() == null ? "" : " until " + change.until()));
        }
    }
}
