package org.openfid.audit;

import java.util.List;
import java.util.Optional;
import org.openfid.audit.chain.EntryStore;
import org.openfid.audit.seal.ChainSealer;
import org.openfid.audit.verification.ChainVerifier;
import org.springframework.stereotype.Service;

/**
 * What administrators and auditors can do with the trail: verify it, seal it now, and read it page by
 * page. Modules never call this to record anything; they publish {@link org.openfid.platform.ActionTaken}.
 */
@Service
public class AuditTrail {

    /** The largest page {@link #entries(long, int)} serves. */
    public static final int MAX_PAGE = 500;

    private final EntryStore entries;
    private final ChainSealer sealer;
    private final ChainVerifier verifier;
    private final AuditProperties properties;

    AuditTrail(EntryStore entries, ChainSealer sealer, ChainVerifier verifier, AuditProperties properties) {
        this.entries = entries;
        this.sealer = sealer;
        this.verifier = verifier;
        this.properties = properties;
    }

    /**
     * Re-walks the whole chain from a consistent snapshot, page by page: recomputes every hash, checks
     * every link and the sequence, and checks every seal's signature and sealed hash.
     */
    public ChainVerification verify() {
        return verifier.verify(properties.pageSize());
    }

    /**
     * Seals the chain's last entry now.
     *
     * @return the new seal, or empty when the chain is empty or its last entry is already sealed
     */
    public Optional<ChainSeal> seal() {
        return sealer.sealLastEntry();
    }

    /**
     * Entries in chain order.
     *
     * @param afterSeq return entries after this position (0 for the start)
     * @param limit at most this many, 1 to {@value #MAX_PAGE}
     * @throws AuditException {@link AuditException#INVALID_PAGE} when an argument is out of bounds
     */
    public List<AuditEntry> entries(long afterSeq, int limit) {
        if (afterSeq < 0) {
            throw AuditException.invalidPage("afterSeq must be 0 or more");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw AuditException.invalidPage("limit must be between 1 and " + MAX_PAGE);
        }
        return entries.page(afterSeq, limit);
    }
}
