package org.openfid.audit.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.audit.AuditEntry;
import org.openfid.audit.AuditFixture;
import org.openfid.audit.AuditIntegrationTest;
import org.openfid.audit.AuditTrail;
import org.openfid.audit.ChainBreak;
import org.openfid.audit.ChainDefect;
import org.openfid.audit.ChainSeal;
import org.openfid.audit.ChainVerification;
import org.openfid.keys.KeyRef;
import org.openfid.keys.Signatures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@AuditIntegrationTest
class SealingTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    Signatures signatures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditFixture fixture;

    @Test
    void aSealSignsTheLastEntryAndTheVerificationChecksIt() {
        List<Long> positions = fixture.recordFacts(3);

        ChainSeal seal = trail.seal().orElseThrow();

        assertThat(seal.seq()).isGreaterThanOrEqualTo(positions.getLast());
        assertThat(seal.hash()).isEqualTo(entryAt(seal.seq()).hash());
        assertThat(SealPayload.parse(signatures.verify(seal.jws())))
                .contains(new SealPayload(seal.seq(), seal.hash(), seal.sealedAt()));
        ChainVerification result = trail.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.sealsChecked()).isPositive();
        assertThat(result.lastSealedSeq()).isGreaterThanOrEqualTo(seal.seq());
    }

    @Test
    void nothingIsSealedWhenNoEntryArrivedSinceTheLastSeal() {
        fixture.recordFacts(1);
        fixture.awaitDelivered();
        trail.seal();

        assertThat(trail.seal()).isEmpty();
    }

    @Test
    void aSealWithAnAlteredSignatureIsReported() {
        ChainSeal seal = sealAfter(2);
        String[] parts = seal.jws().split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        ChainVerification result = fixture.tampered(
                db -> db.sql("UPDATE audit.seal SET jws = :jws WHERE seq = :seq")
                        .param("jws", forged)
                        .param("seq", seal.seq())
                        .update(),
                trail::verify);

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(seal.seq(), ChainDefect.SEAL_SIGNATURE_INVALID));
        assertThat(result.firstBreak().reason()).isEqualTo("seal signature invalid");
    }

    @Test
    void aSealWhoseStoredHashWasChangedIsReported() {
        ChainSeal seal = sealAfter(2);

        ChainVerification result = fixture.tampered(
                db -> db.sql("UPDATE audit.seal SET hash = :hash WHERE seq = :seq")
                        .param("hash", "f".repeat(64))
                        .param("seq", seal.seq())
                        .update(),
                trail::verify);

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(seal.seq(), ChainDefect.SEAL_RECORD_ALTERED));
    }

    @Test
    void sealedHistoryRewrittenWithRecomputedHashesIsCaughtByTheSeal() {
        List<Long> positions = fixture.recordFacts(4);
        ChainSeal seal = trail.seal().orElseThrow();

        ChainVerification result = fixture.tampered(db -> rewriteFrom(db, positions.get(1)), trail::verify);

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(seal.seq(), ChainDefect.SEALED_HASH_DIFFERS));
        assertThat(result.firstBreak().reason()).isEqualTo("sealed hash differs from entry");
    }

    @Test
    void aTailCutOffBelowTheLastSealIsReportedAtTheFirstMissingEntry() {
        List<Long> positions = fixture.recordFacts(3);
        trail.seal().orElseThrow();
        long firstCut = positions.get(1);

        ChainVerification result = fixture.tampered(
                db -> db.sql("DELETE FROM audit.entry WHERE seq >= :seq")
                        .param("seq", firstCut)
                        .update(),
                trail::verify);

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(firstCut, ChainDefect.SEALED_ENTRY_MISSING));
    }

    @Test
    void aSealSignedWithAnotherKeyIsReported() {
        long seq = fixture.recordFacts(1).getFirst();
        fixture.awaitDelivered();
        long sealSeq = trail.entries(seq - 1, AuditTrail.MAX_PAGE).getLast().seq();
        AuditEntry entry = entryAt(sealSeq);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String jws = signatures.sign(KeyRef.of("AUDIT", ""), new SealPayload(sealSeq, entry.hash(), now).bytes());

        ChainVerification result = fixture.tampered(
                db -> db.sql("INSERT INTO audit.seal (seq, hash, sealed_at, key_id, jws)"
                                + " VALUES (:seq, :hash, :at, :kid, :jws)")
                        .param("seq", sealSeq)
                        .param("hash", entry.hash())
                        .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .param("kid", ChainSealer.keyId(jws))
                        .param("jws", jws)
                        .update(),
                trail::verify);

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(sealSeq, ChainDefect.SEAL_WRONG_KEY));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveSeals() {
        ChainSeal seal = sealAfter(1);

        for (String statement : List.of(
                "UPDATE audit.seal SET hash = repeat('0', 64) WHERE seq = " + seal.seq(),
                "DELETE FROM audit.seal WHERE seq = " + seal.seq())) {
            assertThatThrownBy(() -> fixture.inRolledBackTransaction(statement))
                    .as(statement)
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .rootCause()
                    .hasMessageContaining("audit.seal is append-only");
        }
    }

    private ChainSeal sealAfter(int facts) {
        fixture.recordFacts(facts);
        return trail.seal().orElseThrow();
    }

    private AuditEntry entryAt(long seq) {
        return trail.entries(seq - 1, 1).getFirst();
    }

    /** What an attacker with table rights but no seal key does best: change an entry and re-chain the rest. */
    private void rewriteFrom(JdbcClient db, long firstChanged) {
        List<AuditEntry> tail = new ArrayList<>();
        for (List<AuditEntry> page = trail.entries(firstChanged - 1, AuditTrail.MAX_PAGE);
                !page.isEmpty();
                page = trail.entries(page.getLast().seq(), AuditTrail.MAX_PAGE)) {
            tail.addAll(page);
        }
        String previous = entryAt(firstChanged - 1).hash();
        for (AuditEntry entry : tail) {
            String actor = entry.seq() == firstChanged ? "someone-else" : entry.actor();
            AuditEntry rewritten = new AuditEntry(
                    entry.seq(),
                    entry.eventId(),
                    entry.occurredAt(),
                    entry.recordedAt(),
                    entry.module(),
                    entry.action(),
                    actor,
                    entry.partner(),
                    entry.targetHash(),
                    entry.outcome(),
                    entry.detail(),
                    entry.requestId(),
                    previous,
                    "");
            String hash = rewritten.computeHash();
            db.sql("UPDATE audit.entry SET actor = :actor, prev_hash = :prev, hash = :hash WHERE seq = :seq")
                    .param("actor", actor)
                    .param("prev", previous)
                    .param("hash", hash)
                    .param("seq", entry.seq())
                    .update();
            previous = hash;
        }
        db.sql("UPDATE audit.chain_head SET hash = :hash WHERE id = 1")
                .param("hash", previous)
                .update();
    }
}
