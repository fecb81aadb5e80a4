package org.openfid.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.platform.ActionTaken;

/**
 * One link of the audit chain: an {@link ActionTaken} fact, its place in the chain ({@code seq}, gap
 * free from 1), the hash of the entry before it and its own hash.
 *
 * <p>{@code hash} is the lower-case hex SHA-256 of the canonical encoding of every other field,
 * {@code prevHash} included, as described in {@link #computeHash()}. Changing any field of a stored
 * entry therefore changes its expected hash, and recomputing that hash breaks the link to the next
 * entry. The first entry's {@code prevHash} is {@link #GENESIS_HASH}.
 *
 * <p>Timestamps are held to microseconds, the precision PostgreSQL stores, so the hash computed when
 * appending equals the hash recomputed from the database.
 *
 * @param seq position in the chain, 1 for the first entry
 * @param eventId id of the recorded fact; the trail holds each fact once
 * @param occurredAt when the action happened, by the publisher's clock
 * @param recordedAt when the trail appended it
 * @param module the module that acted
 * @param action what it did
 * @param actor the principal that acted, or {@code system}
 * @param partner the partner on whose behalf, if any
 * @param targetHash keyed hash of the target, if any
 * @param outcome {@code SUCCESS} or {@code FAILURE}; kept as text so that a tampered value can still be
 *     read and reported
 * @param detail error code or short fixed detail, if any
 * @param requestId the request correlation id
 * @param prevHash hash of the entry at {@code seq - 1}, or {@link #GENESIS_HASH}
 * @param hash this entry's hash as stored
 */
public record AuditEntry(
        long seq,
        UUID eventId,
        Instant occurredAt,
        Instant recordedAt,
        String module,
        String action,
        String actor,
        @Nullable String partner,
        @Nullable String targetHash,
        String outcome,
        @Nullable String detail,
        String requestId,
        String prevHash,
        String hash) {

    /** The {@code prevHash} of the first entry: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    public AuditEntry {
        Objects.requireNonNull(eventId, "eventId must not be null");
        Objects.requireNonNull(occurredAt, "occurredAt must not be null");
        Objects.requireNonNull(recordedAt, "recordedAt must not be null");
        Objects.requireNonNull(module, "module must not be null");
        Objects.requireNonNull(action, "action must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(requestId, "requestId must not be null");
        Objects.requireNonNull(prevHash, "prevHash must not be null");
        Objects.requireNonNull(hash, "hash must not be null");
    }

    /**
     * The entry that records {@code fact} at position {@code seq} after an entry whose hash is
     * {@code prevHash}, with its hash computed.
     */
    public static AuditEntry chain(ActionTaken fact, long seq, String prevHash, Instant recordedAt) {
        var unhashed = new AuditEntry(
                seq,
                fact.id(),
                fact.occurredAt().truncatedTo(ChronoUnit.MICROS),
                recordedAt.truncatedTo(ChronoUnit.MICROS),
                fact.module(),
                fact.action(),
                fact.actor(),
                fact.partner(),
                fact.targetHash(),
                fact.outcome().name(),
                fact.detail(),
                fact.requestId(),
                prevHash,
                "");
        return unhashed.withHash(unhashed.computeHash());
    }

    /**
     * Recomputes the hash from the fields, ignoring the stored {@link #hash()}.
     *
     * <p>Canonical encoding, version 1: SHA-256 over the concatenation of, in this order,
     * {@code "openfid-audit-entry/v1"}, prevHash, seq, eventId (lower-case canonical UUID), occurredAt,
     * recordedAt, module, action, actor, partner, targetHash, outcome, detail, requestId. A text field
     * is the byte {@code 0x01}, its UTF-8 length as a 4-byte big-endian integer and its UTF-8 bytes; an
     * absent optional field is the single byte {@code 0x00}. {@code seq} is an 8-byte big-endian
     * integer; an instant is its microseconds since 1970-01-01T00:00Z as an 8-byte big-endian integer.
     * Every field has a fixed position and a length, so no two different entries share an encoding.
     *
     * @return lower-case hex SHA-256
     */
    public String computeHash() {
        return EntryEncoding.sha256Hex(EntryEncoding.encode(this));
    }

    /** Whether the stored hash equals the hash of the stored fields. */
    public boolean hashMatches() {
        return hash.equals(computeHash());
    }

    /** A copy with another stored hash. */
    public AuditEntry withHash(String newHash) {
        return new AuditEntry(
                seq,
                eventId,
                occurredAt,
                recordedAt,
                module,
                action,
                actor,
                partner,
                targetHash,
                outcome,
                detail,
                requestId,
                prevHash,
                newHash);
    }
}
