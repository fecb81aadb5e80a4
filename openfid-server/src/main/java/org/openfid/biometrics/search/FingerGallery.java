package org.openfid.biometrics.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.abis.Identification;
import org.openfid.spi.abis.ReferenceId;

/**
 * The in-memory side of the embedded ABIS: every enrolled person's finger templates, searchable 1:N
 * with multi-finger fusion. Plain Java (no Spring, no database) so the benchmark can drive it at a
 * scale the database would make slow to set up; the ABIS keeps it in step with the persisted gallery.
 *
 * <p>Thread-safe: searches run concurrently with puts and removes, and a search sees each record
 * either wholly or not at all.
 */
public interface FingerGallery {

    /** Adds or replaces the fingers of one record. */
    void put(ReferenceId referenceId, List<EnrolledFinger> fingers);

    /** Removes a record; returns whether it was there. */
    boolean remove(ReferenceId referenceId);

    /** Whether a record is held. */
    boolean contains(ReferenceId referenceId);

    /**
     * A held record's fingers (position and serialized template), or empty: what an identification by
     * reference id uses as its probe, without reading and unsealing the stored copy.
     */
    Optional<List<EnrolledFinger>> fingers(ReferenceId referenceId);

    /** How many records are held. */
    int size();

    /**
     * The records whose fused score against {@code probe} reaches {@code threshold}, best first.
     * Fingers are compared with the gallery's fingers of the same position (an unknown position is
     * compared with every finger).
     *
     * @param probe the probe's fingers (SourceAFIS templates)
     * @param subset only these records are searched, or null for all
     * @param exclude a record never returned (the probe's own record), or null
     * @param maxResults at most this many candidates
     * @param threshold the fused score a candidate must reach
     */
    Identification identify(
            List<EnrolledFinger> probe,
            @Nullable Set<ReferenceId> subset,
            @Nullable ReferenceId exclude,
            int maxResults,
            double threshold);
}
