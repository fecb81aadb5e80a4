package org.openfid.spi.biometrics;

import java.util.List;

/**
 * A biometric SDK: quality check, template extraction and 1:1 matching, MOSIP's BioSDK operation set
 * applied one sample at a time. Implementations are thread-safe and stateless between calls.
 *
 * <p>A modality the SDK has no algorithm for is refused with {@link
 * BiometricSdkException.Reason#UNSUPPORTED_MODALITY}; an SDK never pretends to match what it cannot.
 *
 * @since 0.4
 */
public interface BiometricSdk {

    /** What this SDK is and supports. */
    SdkInfo info();

    /**
     * The quality of a sample on the 0-100 scale.
     *
     * @throws BiometricSdkException {@code INVALID_INPUT} for a malformed record, {@code
     *     UNSUPPORTED_MODALITY}
     */
    QualityScore checkQuality(BiometricSample sample);

    /**
     * Extracts a template from a sample.
     *
     * @throws BiometricSdkException {@code INVALID_INPUT}, {@code POOR_DATA_QUALITY} when nothing
     *     usable is found, {@code UNSUPPORTED_MODALITY}
     */
    BiometricTemplate extractTemplate(BiometricSample sample);

    /**
     * Compares a probe template with one candidate of the same modality.
     *
     * @throws BiometricSdkException {@code INVALID_INPUT} for templates this SDK did not make, {@code
     *     UNSUPPORTED_MODALITY}
     */
    MatchScore match(BiometricTemplate probe, BiometricTemplate candidate);

    /**
     * Compares a probe with each candidate in turn (MOSIP's {@code match(sample, gallery)}); an
     * implementation may reuse work done on the probe.
     */
    default List<MatchScore> match(BiometricTemplate probe, List<BiometricTemplate> gallery) {
        return gallery.stream().map(candidate -> match(probe, candidate)).toList();
    }
}
