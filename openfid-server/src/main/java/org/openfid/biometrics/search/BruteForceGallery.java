package org.openfid.biometrics.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.abis.Candidate;
import org.openfid.spi.abis.Identification;
import org.openfid.spi.abis.ReferenceId;

/**
 * The baseline 1:N search: every probe finger is compared by SourceAFIS with every comparable finger
 * of every record, on all cores (a parallel split of the gallery), and the scores fused per record.
 * Exact but linear in the gallery; {@link IndexedGallery} narrows the gallery first and falls back to
 * this scoring for small searches.
 */
public final class BruteForceGallery implements FingerGallery {

    private final RecordStore store;
    private final FusionRule fusion;

    /** A gallery fusing with {@link FusionRule#DEFAULT} and a resident-template budget of 1/4 heap. */
    public BruteForceGallery() {
        this(FusionRule.DEFAULT, RecordStore.defaultResidentBudget());
    }

    /**
     * @param fusion how per-finger scores combine
     * @param residentTemplates how many fingers keep their deserialized template (about 14 KB each)
     *     in memory; the others are deserialized at each comparison (about 0.1 ms)
     */
    public BruteForceGallery(FusionRule fusion, long residentTemplates) {
        this.fusion = Objects.requireNonNull(fusion, "fusion");
        this.store = new RecordStore(residentTemplates);
    }

    @Override
    public void put(ReferenceId referenceId, List<EnrolledFinger> fingers) {
        Objects.requireNonNull(referenceId, "referenceId");
        store.put(new GalleryRecord(referenceId, store.prepare(fingers), 0));
    }

    @Override
    public boolean remove(ReferenceId referenceId) {
        return store.remove(referenceId) != null;
    }

    @Override
    public boolean contains(ReferenceId referenceId) {
        return store.get(referenceId) != null;
    }

    @Override
    public Optional<List<EnrolledFinger>> fingers(ReferenceId referenceId) {
        return store.fingers(referenceId);
    }

    @Override
    public int size() {
        return store.size();
    }

    @Override
    public Identification identify(
            List<EnrolledFinger> probe,
            @Nullable Set<ReferenceId> subset,
            @Nullable ReferenceId exclude,
            int maxResults,
            double threshold) {
        SearchLimits.check(maxResults, threshold);
        FingerChecks.requireFingers(probe);
        var probeFingers = ProbeFingers.of(probe);
        var records = store.records(subset);
        return score(probeFingers, records, exclude, maxResults, threshold, fusion);
    }

    /** Scores {@code records} on all cores and keeps the best {@code maxResults} over the threshold. */
    static Identification score(
            ProbeFingers probe,
            Collection<GalleryRecord> records,
            @Nullable ReferenceId exclude,
            int maxResults,
            double threshold,
            FusionRule fusion) {
        var compared = new LongAdder();
        List<Candidate> hits = records.parallelStream()
                .filter(record -> !record.referenceId().equals(exclude))
                .map(record -> {
                    compared.increment();
                    return probe.score(record, fusion, threshold);
                })
                .filter(Objects::nonNull)
                .sorted(BY_SCORE)
                .limit(maxResults)
                .toList();
        return new Identification(hits, compared.sum(), compared.sum());
    }

    static final Comparator<Candidate> BY_SCORE = Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(candidate -> candidate.referenceId().value());
}
