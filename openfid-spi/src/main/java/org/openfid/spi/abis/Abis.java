package org.openfid.spi.abis;

import java.util.List;
import org.openfid.spi.biometrics.BiometricSample;

/**
 * A 1:N biometric search engine with a persistent gallery (MOSIP's ABIS operations). Implementations
 * are thread-safe; every operation either completes or changes nothing.
 *
 * @since 0.4
 */
public interface Abis {

    /**
     * Adds a person's samples to the gallery under {@code referenceId}. Inserting never
     * de-duplicates. Inserting the same reference id again with the same samples is a no-op (a retried
     * step); with different samples it fails with {@code REFERENCE_ID_EXISTS}.
     *
     * @throws AbisException {@code BIOMETRICS_EMPTY}, {@code INVALID_BIOMETRICS}, {@code
     *     QUALITY_CHECK_FAILED} (no usable sample), {@code REFERENCE_ID_EXISTS}
     */
    void insert(ReferenceId referenceId, List<BiometricSample> samples);

    /**
     * Searches the gallery for the person inserted under {@code referenceId} (the record itself is
     * never its own candidate).
     *
     * @throws AbisException {@code REFERENCE_ID_NOT_FOUND}
     */
    Identification identify(ReferenceId referenceId, IdentifyRequest request);

    /**
     * Searches the gallery for a probe that is not inserted (for example a lost-UIN search).
     *
     * @throws AbisException {@code BIOMETRICS_EMPTY}, {@code INVALID_BIOMETRICS}
     */
    Identification identify(List<BiometricSample> probe, IdentifyRequest request);

    /**
     * Removes a record from the gallery.
     *
     * @return whether there was such a record (deleting twice is not an error)
     */
    boolean delete(ReferenceId referenceId);

    /** How many records the gallery holds (MOSIP's {@code referenceCount}). */
    long referenceCount();

    /** How many requests are queued but not done (MOSIP's {@code pendingJobs}); 0 when synchronous. */
    long pendingJobs();

    /** Whether the engine is ready to serve (MOSIP's {@code ping}). */
    boolean ping();
}
