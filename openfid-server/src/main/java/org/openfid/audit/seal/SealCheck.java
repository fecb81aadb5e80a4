package org.openfid.audit.seal;

import java.util.Optional;
import org.openfid.audit.ChainDefect;
import org.openfid.audit.ChainSeal;

/** Decides whether a stored seal is genuine and still matches the chain. */
@FunctionalInterface
public interface SealCheck {

    /**
     * Checks {@code seal} against the hash of the entry now stored at its position.
     *
     * @return the defect, or empty when the seal is genuine and matches
     */
    Optional<ChainDefect> check(ChainSeal seal, String entryHash);
}
