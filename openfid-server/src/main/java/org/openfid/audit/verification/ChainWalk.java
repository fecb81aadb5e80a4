package org.openfid.audit.verification;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openfid.audit.AuditEntry;
import org.openfid.audit.ChainBreak;
import org.openfid.audit.ChainDefect;
import org.openfid.audit.ChainSeal;
import org.openfid.audit.ChainVerification;
import org.openfid.audit.chain.ChainPosition;
import org.openfid.audit.seal.SealCheck;

/**
 * The checks of one verification, fed entries and seals in chain order. Each entry is judged on its
 * own stored fields and on the stored hash of the entry before it, so one altered entry is reported
 * where it is and does not make every later entry look broken. The break with the lowest position is
 * kept; the walk goes on to the end so the counts cover the whole chain.
 */
final class ChainWalk {

    private final SealCheck sealCheck;
    private long expectedSeq = 1;
    private String previousHash = AuditEntry.GENESIS_HASH;
    private long entriesChecked;
    private long sealsChecked;
    private long lastSealedSeq;
    private @Nullable ChainBreak firstBreak;

    ChainWalk(SealCheck sealCheck) {
        this.sealCheck = sealCheck;
    }

    /** The next entry in chain order. */
    void entry(AuditEntry entry) {
        entriesChecked++;
        if (entry.seq() > expectedSeq) {
            breakAt(expectedSeq, ChainDefect.SEQUENCE_GAP);
        } else if (entry.seq() < expectedSeq) {
            breakAt(entry.seq(), ChainDefect.SEQUENCE_OUT_OF_ORDER);
        }
        if (!entry.hashMatches()) {
            breakAt(entry.seq(), ChainDefect.HASH_MISMATCH);
        } else if (entry.seq() == expectedSeq && !entry.prevHash().equals(previousHash)) {
            breakAt(entry.seq(), ChainDefect.PREV_HASH_MISMATCH);
        }
        expectedSeq = Math.max(expectedSeq, entry.seq() + 1);
        previousHash = entry.hash();
    }

    /** A seal of the entry just walked ({@code entry.seq() == seal.seq()}). */
    void seal(ChainSeal seal, AuditEntry entry) {
        sealsChecked++;
        lastSealedSeq = Math.max(lastSealedSeq, seal.seq());
        Optional<ChainDefect> defect = sealCheck.check(seal, entry.hash());
        defect.ifPresent(found -> breakAt(seal.seq(), found));
    }

    /**
     * A seal of a position with no entry: inside the chain that entry was deleted, past the last entry
     * the tail was cut off, and the first missing position is where the chain breaks.
     */
    void sealWithoutEntry(ChainSeal seal) {
        sealsChecked++;
        lastSealedSeq = Math.max(lastSealedSeq, seal.seq());
        breakAt(Math.min(expectedSeq, seal.seq()), ChainDefect.SEALED_ENTRY_MISSING);
    }

    /** The head recorded by the appends, checked after the last entry. */
    void head(ChainPosition head) {
        long lastSeq = expectedSeq - 1;
        if (head.seq() == lastSeq && head.hash().equals(previousHash)) {
            return;
        }
        breakAt(head.seq() == lastSeq ? lastSeq : Math.min(head.seq(), lastSeq) + 1, ChainDefect.HEAD_MISMATCH);
    }

    ChainVerification result(Instant verifiedAt) {
        return new ChainVerification(
                firstBreak == null,
                entriesChecked,
                sealsChecked,
                expectedSeq - 1,
                lastSealedSeq,
                firstBreak,
                verifiedAt);
    }

    private void breakAt(long seq, ChainDefect defect) {
        if (firstBreak == null || seq < firstBreak.seq()) {
            firstBreak = ChainBreak.at(seq, defect);
        }
    }
}
