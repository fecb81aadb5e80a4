package org.openfid.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.platform.ActionTaken;

class AuditEntryTests {

    static final Instant OCCURRED = Instant.parse("2026-01-02T03:04:05.123456789Z");
    static final Instant RECORDED = Instant.parse("2026-01-02T03:04:06Z");

    static ActionTaken fact() {
        return new ActionTaken(
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                "keys",
                "KEY_ROTATED",
                "admin",
                null,
                "ab12",
                ActionTaken.Outcome.SUCCESS,
                null,
                "req-1",
                OCCURRED);
    }

    @Test
    void hashFollowsTheDocumentedCanonicalEncoding() {
        // Computed by an independent implementation of the encoding described in AuditEntry#computeHash.
        // If this changes, every stored chain stops verifying: introduce a new encoding version instead.
        AuditEntry entry = AuditEntry.chain(fact(), 1, AuditEntry.GENESIS_HASH, RECORDED);

        assertThat(entry.hash()).isEqualTo("c0ee0677aac1190cc94e94cdd3537719afc9fbb50f7b0d989baeb70aaee05dc6");
        assertThat(entry.hashMatches()).isTrue();
    }

    @Test
    void timestampsAreKeptToTheMicrosecondsTheDatabaseStores() {
        AuditEntry entry = AuditEntry.chain(fact(), 1, AuditEntry.GENESIS_HASH, RECORDED.plusNanos(999));

        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
        assertThat(entry.recordedAt()).isEqualTo(RECORDED);
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("seq", e -> copy(e, 2, e.module(), e.action(), e.partner(), e.detail(), e.prevHash())),
                change("module", e -> copy(e, e.seq(), "keyz", e.action(), e.partner(), e.detail(), e.prevHash())),
                change(
                        "action",
                        e -> copy(e, e.seq(), e.module(), "KEY_CREATED", e.partner(), e.detail(), e.prevHash())),
                change(
                        "partner null to empty",
                        e -> copy(e, e.seq(), e.module(), e.action(), "", e.detail(), e.prevHash())),
                change(
                        "detail null to empty",
                        e -> copy(e, e.seq(), e.module(), e.action(), e.partner(), "", e.prevHash())),
                change(
                        "prev hash",
                        e -> copy(e, e.seq(), e.module(), e.action(), e.partner(), e.detail(), "1".repeat(64))),
                change(
                        "boundary between module and action",
                        e -> copy(e, e.seq(), "keysK", "EY_ROTATED", e.partner(), e.detail(), e.prevHash())),
                change("outcome", e -> withFacts(e, e.eventId(), e.occurredAt(), "FAILURE")),
                change(
                        "occurred at",
                        e -> withFacts(e, e.eventId(), e.occurredAt().plusNanos(1000), e.outcome())),
                change("event id", e -> withFacts(e, UUID.randomUUID(), e.occurredAt(), e.outcome())));
    }

    /** The entry with other event id, time and outcome, and its stored hash unchanged. */
    private static AuditEntry withFacts(AuditEntry e, UUID eventId, Instant occurredAt, String outcome) {
        return new AuditEntry(
                e.seq(),
                eventId,
                occurredAt,
                e.recordedAt(),
                e.module(),
                e.action(),
                e.actor(),
                e.partner(),
                e.targetHash(),
                outcome,
                e.detail(),
                e.requestId(),
                e.prevHash(),
                e.hash());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void changingAnyFieldChangesTheHash(String field, UnaryOperator<AuditEntry> change) {
        AuditEntry entry = AuditEntry.chain(fact(), 1, AuditEntry.GENESIS_HASH, RECORDED);

        AuditEntry changed = change.apply(entry);

        assertThat(changed.hash()).isEqualTo(entry.hash());
        assertThat(changed.hashMatches()).isFalse();
        assertThat(changed.computeHash()).isNotEqualTo(entry.hash());
    }

    @Test
    void eachEntryLinksToThePreviousHash() {
        AuditEntry first = AuditEntry.chain(fact(), 1, AuditEntry.GENESIS_HASH, RECORDED);
        AuditEntry second = AuditEntry.chain(fact(), 2, first.hash(), RECORDED);

        assertThat(first.prevHash()).isEqualTo(AuditEntry.GENESIS_HASH);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(second.hash()).isNotEqualTo(first.hash());
    }

    private static Arguments change(String name, UnaryOperator<AuditEntry> change) {
        return Arguments.of(name, change);
    }

    private static AuditEntry copy(
            AuditEntry e, long seq, String module, String action, String partner, String detail, String prevHash) {
        return new AuditEntry(
                seq,
                e.eventId(),
                e.occurredAt(),
                e.recordedAt(),
                module,
                action,
                e.actor(),
                partner,
                e.targetHash(),
                e.outcome(),
                detail,
                e.requestId(),
                prevHash,
                e.hash());
    }
}
