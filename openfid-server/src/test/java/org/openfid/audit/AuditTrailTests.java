package org.openfid.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AuditIntegrationTest
class AuditTrailTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditFixture fixture;

    @Test
    void factsRecordedByAModuleBecomeLinkedEntries() {
        List<Long> positions = fixture.recordFacts(3);

        List<AuditEntry> entries = trail.entries(positions.getFirst() - 1, 3);

        assertThat(entries).extracting(AuditEntry::seq).containsExactlyElementsOf(positions);
        // Facts are appended as their deliveries arrive, which need not be the order they were recorded in.
        assertThat(entries)
                .extracting(AuditEntry::targetHash)
                .containsExactlyInAnyOrder("target-0", "target-1", "target-2");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.module()).isEqualTo("audit-test");
            assertThat(entry.actor()).isEqualTo("system");
            assertThat(entry.outcome()).isEqualTo("SUCCESS");
            assertThat(entry.detail()).isEqualTo("detail-" + entry.targetHash().substring("target-".length()));
            assertThat(entry.requestId()).startsWith("sys-");
            assertThat(entry.hashMatches()).isTrue();
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void verificationWalksTheWholeChainAcrossPages() {
        fixture.recordFacts(20);
        long total =
                jdbc.sql("SELECT count(*) FROM audit.entry").query(Long.class).single();

        ChainVerification result = trail.verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(total).isGreaterThan(7);
        assertThat(result.lastSeq()).isEqualTo(result.entriesChecked());
    }

    @Test
    void aFieldChangedBehindTheTriggersBackIsReportedAtExactlyThatEntry() {
        List<Long> positions = fixture.recordFacts(5);
        long middle = positions.get(2);
        assertThat(trail.verify().intact()).isTrue();

        ChainVerification result = fixture.tampered(
                db -> db.sql("UPDATE audit.entry SET actor = 'someone-else' WHERE seq = :seq")
                        .param("seq", middle)
                        .update(),
                trail::verify);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(middle, ChainDefect.HASH_MISMATCH));
        assertThat(result.firstBreak().reason()).isEqualTo("hash mismatch");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryIsReportedAsAGapAtItsPosition() {
        List<Long> positions = fixture.recordFacts(4);
        long deleted = positions.get(1);

        ChainVerification result = fixture.tampered(
                db -> db.sql("DELETE FROM audit.entry WHERE seq = :seq")
                        .param("seq", deleted)
                        .update(),
                trail::verify);

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(deleted, ChainDefect.SEQUENCE_GAP));
        assertThat(result.firstBreak().reason()).isEqualTo("gap in sequence");
    }

    @Test
    void anEntryRehashedAfterAChangeBreaksTheLinkFromTheNextEntry() {
        List<Long> positions = fixture.recordFacts(4);
        long changed = positions.get(1);
        AuditEntry original = trail.entries(changed - 1, 1).getFirst();
        AuditEntry forged = new AuditEntry(
                original.seq(),
                original.eventId(),
                original.occurredAt(),
                original.recordedAt(),
                original.module(),
                "SOMETHING_HARMLESS",
                original.actor(),
                original.partner(),
                original.targetHash(),
                original.outcome(),
                original.detail(),
                original.requestId(),
                original.prevHash(),
                "");
        String forgedHash = forged.computeHash();

        ChainVerification result = fixture.tampered(
                db -> db.sql("UPDATE audit.entry SET action = :action, hash = :hash WHERE seq = :seq")
                        .param("action", forged.action())
                        .param("hash", forgedHash)
                        .param("seq", changed)
                        .update(),
                trail::verify);

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(changed + 1, ChainDefect.PREV_HASH_MISMATCH));
        assertThat(result.firstBreak().reason()).isEqualTo("prev_hash does not match previous entry");
    }

    @Test
    void pagesOutsideTheBoundsAreRefused() {
        assertThatThrownBy(() -> trail.entries(0, 0))
                .isInstanceOfSatisfying(
                        AuditException.class, e -> assertThat(e.code()).isEqualTo(AuditException.INVALID_PAGE));
        assertThatThrownBy(() -> trail.entries(0, AuditTrail.MAX_PAGE + 1)).isInstanceOf(AuditException.class);
        assertThatThrownBy(() -> trail.entries(-1, 10)).isInstanceOf(AuditException.class);
    }
}
