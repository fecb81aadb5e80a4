package org.openfid.audit.verification;

import java.time.Clock;
import org.openfid.audit.AuditEntry;
import org.openfid.audit.ChainSeal;
import org.openfid.audit.ChainVerification;
import org.openfid.audit.chain.EntryStore;
import org.openfid.audit.seal.SealCheck;
import org.openfid.audit.seal.SealStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks entries and seals together in chain order, one page of each at a time. The walk runs in one
 * repeatable-read transaction: entries, seals and the head are read from the same snapshot, so
 * appends and seals made meanwhile neither break the walk nor look like tampering. It is not marked
 * read-only because the key module, called to check seals, may create or record something in it.
 */
@Component
public class ChainVerifier {

    private final EntryStore entries;
    private final SealStore seals;
    private final SealCheck sealCheck;
    private final Clock clock;

    ChainVerifier(EntryStore entries, SealStore seals, SealCheck sealCheck, Clock clock) {
        this.entries = entries;
        this.seals = seals;
        this.sealCheck = sealCheck;
        this.clock = clock;
    }

    /** Verifies the whole chain, reading {@code pageSize} rows per query. */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify(int pageSize) {
        var walk = new ChainWalk(sealCheck);
        var entryCursor = new PagedCursor<>(after -> entries.page(after, pageSize), AuditEntry::seq, 0);
        var sealCursor = new PagedCursor<>(after -> seals.page(after, pageSize), ChainSeal::seq, 0);
        while (entryCursor.hasNext()) {
            AuditEntry entry = entryCursor.next();
            walk.entry(entry);
            while (sealCursor.hasNext() && sealCursor.peek().seq() <= entry.seq()) {
                ChainSeal seal = sealCursor.next();
                if (seal.seq() == entry.seq()) {
                    walk.seal(seal, entry);
                } else {
                    walk.sealWithoutEntry(seal);
                }
            }
        }
        sealCursor.forEachRemaining(walk::sealWithoutEntry);
        walk.head(entries.head());
        return walk.result(clock.instant());
    }
}
