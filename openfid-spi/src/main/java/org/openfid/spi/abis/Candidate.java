package org.openfid.spi.abis;

import java.util.Map;
import org.openfid.spi.biometrics.BiometricSubtype;

/**
 * A gallery record that may be the same person as the probe.
 *
 * @param referenceId the record
 * @param score the fused score over the compared fingers (or other modalities)
 * @param scores the score of each compared finger, eye or face
 * @since 0.4
 */
public record Candidate(ReferenceId referenceId, double score, Map<BiometricSubtype, Double> scores) {

    public Candidate {
        scores = Map.copyOf(scores);
    }
}
