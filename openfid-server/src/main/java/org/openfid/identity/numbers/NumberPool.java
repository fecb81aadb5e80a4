package org.openfid.identity.numbers;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables behind issuance: the pool of unused numbers ({@code identity.number_pool}) and the
 * register of issued ones by keyed hash ({@code identity.issued_number}). Every method runs in the
 * caller's transaction, so taking a number and recording it commit or roll back together.
 */
@Component
class NumberPool {

    /** Status of a number handed out by the idgenerator endpoint and not yet acknowledged. */
    static final String ISSUED = "ISSUED";

    /** Status of a number bound to an identity. */
    static final String ASSIGNED = "ASSIGNED";

    private final JdbcClient jdbc;
    private final Clock clock;

    NumberPool(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Removes one unused number from the pool, skipping rows other transactions hold: concurrent
     * takers never wait for each other and never get the same number. The row stays locked (and
     * deleted) until the caller's transaction ends; a rollback puts it back.
     */
    Optional<String> take(NumberKind kind) {
        return jdbc.sql("DELETE FROM identity.number_pool WHERE kind = :kind AND number = ("
                        + "SELECT number FROM identity.number_pool WHERE kind = :kind LIMIT 1 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING number")
                .param("kind", kind.name())
                .query(String.class)
                .optional();
    }

    /** Removes a given number from the pool; false when it was not there. */
    boolean remove(NumberKind kind, String number) {
        return jdbc.sql("DELETE FROM identity.number_pool WHERE kind = :kind AND number = :number")
                        .param("kind", kind.name())
                        .param("number", number)
                        .update()
                == 1;
    }

    /** Puts a number (back) into the pool. */
    void putBack(NumberKind kind, String number) {
        jdbc.sql("INSERT INTO identity.number_pool (kind, number) VALUES (:kind, :number) ON CONFLICT DO NOTHING")
                .param("kind", kind.name())
                .param("number", number)
                .update();
    }

    /**
     * Records a number as issued; false when its hash is already recorded (the number was issued
     * before). Waits for a concurrent transaction recording the same hash, then reports its outcome.
     */
    boolean record(NumberKind kind, String hash, String status) {
        return jdbc.sql("INSERT INTO identity.issued_number (kind, number_hash, status, issued_at)"
                                + " VALUES (:kind, :hash, :status, :at) ON CONFLICT DO NOTHING")
                        .param("kind", kind.name())
                        .param("hash", hash)
                        .param("status", status)
                        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                        .update()
                == 1;
    }

    /** The status of an issued number, empty when it was never issued. */
    Optional<String> status(NumberKind kind, String hash) {
        return jdbc.sql("SELECT status FROM identity.issued_number WHERE kind = :kind AND number_hash = :hash")
                .param("kind", kind.name())
                .param("hash", hash)
                .query(String.class)
                .optional();
    }

    /** Moves an issued number from {@code from} to {@code to}; false when it is not in {@code from}. */
    boolean changeStatus(NumberKind kind, String hash, String from, String to) {
        return jdbc.sql("UPDATE identity.issued_number SET status = :to"
                                + " WHERE kind = :kind AND number_hash = :hash AND status = :from")
                        .param("kind", kind.name())
                        .param("hash", hash)
                        .param("from", from)
                        .param("to", to)
                        .update()
                == 1;
    }

    /** Forgets an issued number that is still in {@code status}; false when it is not. */
    boolean forget(NumberKind kind, String hash, String status) {
        return jdbc.sql("DELETE FROM identity.issued_number WHERE kind = :kind AND number_hash = :hash"
                                + " AND status = :status")
                        .param("kind", kind.name())
                        .param("hash", hash)
                        .param("status", status)
                        .update()
                == 1;
    }

    /** How many unused numbers of a kind the pool holds. */
    int unused(NumberKind kind) {
        return jdbc.sql("SELECT count(*) FROM identity.number_pool WHERE kind = :kind")
                .param("kind", kind.name())
                .query(Integer.class)
                .single();
    }

    /** Which of {@code hashes} belong to issued numbers. */
    Set<String> issuedAmong(NumberKind kind, Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        List<String> found = jdbc.sql("SELECT number_hash FROM identity.issued_number WHERE kind = :kind"
                        + " AND number_hash = ANY (string_to_array(:hashes, ','))")
                .param("kind", kind.name())
                .param("hashes", String.join(",", hashes))
                .query(String.class)
                .list();
        return Set.copyOf(found);
    }

    /** Adds numbers to the pool (ones already there are skipped); returns how many were added. */
    int add(NumberKind kind, Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return 0;
        }
        return jdbc.sql("INSERT INTO identity.number_pool (kind, number)"
                        + " SELECT :kind, unnest(string_to_array(:numbers, ',')) ON CONFLICT DO NOTHING")
                .param("kind", kind.name())
                .param("numbers", numbers.stream().collect(Collectors.joining(",")))
                .update();
    }

    /**
     * Takes the cluster-wide refill lock of a kind for the current transaction, without waiting:
     * false when another node or thread is refilling that pool right now.
     */
    boolean tryRefillLock(NumberKind kind) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:space, :kind)")
                .param("space", 0x1D_4E)
                .param("kind", kind.ordinal())
                .query(Boolean.class)
                .single());
    }
}
