package org.openfid.audit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of re-walking the whole chain.
 *
 * <p>An intact result proves that no entry up to {@code lastSealedSeq} was changed, removed or
 * inserted since it was sealed, and that the entries after it form an unbroken chain. It cannot prove
 * that entries after the last seal were not cut off the end: seal often.
 *
 * @param intact whether no defect was found
 * @param entriesChecked how many entries were re-hashed and linked
 * @param sealsChecked how many seals were checked
 * @param lastSeq the last entry's position (0 for an empty chain)
 * @param lastSealedSeq the newest seal's position (0 when nothing is sealed)
 * @param firstBreak the first broken link in chain order, or {@code null} when intact
 * @param verifiedAt when the walk finished
 */
public record ChainVerification(
        boolean intact,
        long entriesChecked,
        long sealsChecked,
        long lastSeq,
        long lastSealedSeq,
        @Nullable ChainBreak firstBreak,
        Instant verifiedAt) {

    public ChainVerification {
        Objects.requireNonNull(verifiedAt, "verifiedAt must not be null");
        if (intact != (firstBreak == null)) {
            throw new IllegalArgumentException("a chain is intact exactly when it has no break");
        }
    }
}
