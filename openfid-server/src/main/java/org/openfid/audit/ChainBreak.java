package org.openfid.audit;

import java.util.Objects;

/**
 * Where and why the chain is broken.
 *
 * @param seq the position of the broken link: the altered entry, the first missing one, or the sealed
 *     position whose seal fails
 * @param defect what is wrong
 * @param reason the defect's human-readable reason
 */
public record ChainBreak(long seq, ChainDefect defect, String reason) {

    public ChainBreak {
        Objects.requireNonNull(defect, "defect must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }

    public static ChainBreak at(long seq, ChainDefect defect) {
        return new ChainBreak(seq, defect, defect.reason());
    }
}
