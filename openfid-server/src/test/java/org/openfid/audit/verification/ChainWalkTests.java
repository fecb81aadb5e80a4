package org.openfid.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openfid.audit.AuditEntry;
import org.openfid.audit.ChainBreak;
import org.openfid.audit.ChainDefect;
import org.openfid.audit.ChainSeal;
import org.openfid.audit.ChainVerification;
import org.openfid.audit.chain.ChainPosition;
import org.openfid.audit.seal.SealCheck;
import org.openfid.platform.ActionTaken;

class ChainWalkTests {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** Stands in for signature checks: a seal signed "forged" is invalid, otherwise hashes are compared. */
    static final SealCheck SEALS = (seal, entryHash) -> {
        if (seal.jws().equals("forged")) {
            return Optional.of(ChainDefect.SEAL_SIGNATURE_INVALID);
        }
        return seal.hash().equals(entryHash) ? Optional.empty() : Optional.of(ChainDefect.SEALED_HASH_DIFFERS);
    };

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditEntry> chain = chain(5);

        ChainVerification result = walk(chain, List.of(seal(chain.get(2))), head(chain));

        assertThat(result.intact()).isTrue();
        assertThat(result.firstBreak()).isNull();
        assertThat(result.entriesChecked()).isEqualTo(5);
        assertThat(result.sealsChecked()).isEqualTo(1);
        assertThat(result.lastSeq()).isEqualTo(5);
        assertThat(result.lastSealedSeq()).isEqualTo(3);
    }

    @Test
    void anEmptyChainIsIntact() {
        ChainVerification result = walk(List.of(), List.of(), new ChainPosition(0, AuditEntry.GENESIS_HASH));

        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isZero();
    }

    @Test
    void aChangedFieldIsReportedAtItsEntryAndTheWalkGoesOn() {
        List<AuditEntry> chain = chain(5);
        chain.set(2, withAction(chain.get(2), "NOTHING_TO_SEE"));

        ChainVerification result = walk(chain, List.of(), head(chain));

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(3, ChainDefect.HASH_MISMATCH));
        assertThat(result.entriesChecked()).isEqualTo(5);
    }

    @Test
    void aChangedAndRehashedEntryBreaksTheLinkToTheNextOne() {
        List<AuditEntry> chain = chain(5);
        AuditEntry altered = withAction(chain.get(2), "NOTHING_TO_SEE");
        chain.set(2, altered.withHash(altered.computeHash()));

        ChainVerification result = walk(chain, List.of(), head(chain));

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(4, ChainDefect.PREV_HASH_MISMATCH));
    }

    @Test
    void aDeletedEntryIsAGapAtItsPosition() {
        List<AuditEntry> chain = chain(5);
        chain.remove(2);

        ChainVerification result = walk(chain, List.of(), head(chain));

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(3, ChainDefect.SEQUENCE_GAP));
    }

    @Test
    void aDeletedFirstEntryIsAGapAtOne() {
        List<AuditEntry> chain = chain(3);
        chain.removeFirst();

        ChainVerification result = walk(chain, List.of(), head(chain));

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(1, ChainDefect.SEQUENCE_GAP));
    }

    @Test
    void aRewrittenSealedHistoryIsCaughtByTheSeal() {
        List<AuditEntry> original = chain(5);
        ChainSeal seal = seal(original.get(3));
        List<AuditEntry> rewritten = rewriteFrom(original, 2);

        ChainVerification result = walk(rewritten, List.of(seal), head(rewritten));

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(4, ChainDefect.SEALED_HASH_DIFFERS));
    }

    @Test
    void aForgedSealIsReportedAtItsPosition() {
        List<AuditEntry> chain = chain(5);
        ChainSeal good = seal(chain.get(1));
        ChainSeal forged = new ChainSeal(4, chain.get(3).hash(), NOW, "kid", "forged");

        ChainVerification result = walk(chain, List.of(good, forged), head(chain));

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(4, ChainDefect.SEAL_SIGNATURE_INVALID));
        assertThat(result.sealsChecked()).isEqualTo(2);
    }

    @Test
    void aTailCutOffBelowASealIsReportedAtTheFirstMissingEntry() {
        List<AuditEntry> chain = chain(6);
        ChainSeal seal = seal(chain.get(4));
        List<AuditEntry> truncated = new ArrayList<>(chain.subList(0, 3));

        ChainVerification result = walk(truncated, List.of(seal), head(truncated));

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(4, ChainDefect.SEALED_ENTRY_MISSING));
        assertThat(result.lastSeq()).isEqualTo(3);
    }

    @Test
    void aTailCutOffBehindTheRecordedHeadIsReported() {
        List<AuditEntry> chain = chain(6);

        ChainVerification result = walk(new ArrayList<>(chain.subList(0, 4)), List.of(), head(chain));

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(5, ChainDefect.HEAD_MISMATCH));
    }

    @Test
    void theLowestBrokenPositionIsReportedWhateverWasFoundFirst() {
        List<AuditEntry> chain = chain(6);
        chain.set(4, withAction(chain.get(4), "CHANGED"));
        chain.set(1, withAction(chain.get(1), "CHANGED"));

        ChainVerification result = walk(chain, List.of(), head(chain));

        assertThat(result.firstBreak()).isEqualTo(ChainBreak.at(2, ChainDefect.HASH_MISMATCH));
    }

    static ChainVerification walk(List<AuditEntry> entries, List<ChainSeal> seals, ChainPosition head) {
        var walk = new ChainWalk(SEALS);
        var pending = new ArrayList<>(seals);
        for (AuditEntry entry : entries) {
            walk.entry(entry);
            while (!pending.isEmpty() && pending.getFirst().seq() <= entry.seq()) {
                ChainSeal seal = pending.removeFirst();
                if (seal.seq() == entry.seq()) {
                    walk.seal(seal, entry);
                } else {
                    walk.sealWithoutEntry(seal);
                }
            }
        }
        pending.forEach(walk::sealWithoutEntry);
        walk.head(head);
        return walk.result(NOW);
    }

    static List<AuditEntry> chain(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = AuditEntry.GENESIS_HASH;
        for (int seq = 1; seq <= length; seq++) {
            AuditEntry entry = AuditEntry.chain(fact("ACTION_" + seq), seq, previous, NOW);
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    /** What someone who can write the table but has no seal key can do best: re-chain consistently. */
    static List<AuditEntry> rewriteFrom(List<AuditEntry> chain, int index) {
        List<AuditEntry> rewritten = new ArrayList<>(chain.subList(0, index));
        String previous =
                index == 0 ? AuditEntry.GENESIS_HASH : chain.get(index - 1).hash();
        for (AuditEntry entry : chain.subList(index, chain.size())) {
            AuditEntry changed = withPrevHash(withAction(entry, entry.action() + "_X"), previous);
            changed = changed.withHash(changed.computeHash());
            rewritten.add(changed);
            previous = changed.hash();
        }
        return rewritten;
    }

    static ChainSeal seal(AuditEntry entry) {
        return new ChainSeal(entry.seq(), entry.hash(), NOW, "kid", "signed");
    }

    static ChainPosition head(List<AuditEntry> chain) {
        return chain.isEmpty()
                ? new ChainPosition(0, AuditEntry.GENESIS_HASH)
                : new ChainPosition(chain.getLast().seq(), chain.getLast().hash());
    }

    static ActionTaken fact(String action) {
        return new ActionTaken(
                UUID.randomUUID(), "test", action, "tester", null, null, ActionTaken.Outcome.SUCCESS, null, "r1", NOW);
    }

    static AuditEntry withAction(AuditEntry e, String action) {
        return new AuditEntry(
                e.seq(),
                e.eventId(),
                e.occurredAt(),
                e.recordedAt(),
                e.module(),
                action,
                e.actor(),
                e.partner(),
                e.targetHash(),
                e.outcome(),
                e.detail(),
                e.requestId(),
                e.prevHash(),
                e.hash());
    }

    static AuditEntry withPrevHash(AuditEntry e, String prevHash) {
        return new AuditEntry(
                e.seq(),
                e.eventId(),
                e.occurredAt(),
                e.recordedAt(),
                e.module(),
                e.action(),
                e.actor(),
                e.partner(),
                e.targetHash(),
                e.outcome(),
                e.detail(),
                e.requestId(),
                prevHash,
                e.hash());
    }
}
