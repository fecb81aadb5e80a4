package org.openfid.spi.abis;

import java.util.List;

/**
 * The answer to an identification: the candidates above the threshold, best first (an empty list
 * means no duplicate was found), and how much work the search did.
 *
 * @param candidates at most {@code maxResults}, by descending score
 * @param compared how many gallery records were scored by the matcher
 * @param gallerySize how many records the search covered
 * @since 0.4
 */
public record Identification(List<Candidate> candidates, long compared, long gallerySize) {

    public Identification {
        candidates = List.copyOf(candidates);
    }

    /** Whether any candidate crossed the threshold. */
    public boolean duplicateFound() {
        return !candidates.isEmpty();
    }
}
