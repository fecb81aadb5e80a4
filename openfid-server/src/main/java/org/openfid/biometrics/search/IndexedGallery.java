package org.openfid.biometrics.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.abis.Identification;
import org.openfid.spi.abis.ReferenceId;
import org.openfid.spi.biometrics.BiometricSubtype;

/**
 * 1:N search in two stages: an inverted index of minutia-pair geometry ({@link PairGeometry}) votes
 * for gallery fingers whose pairs agree with the probe's under one rotation, the votes are summed per
 * record over the probe's fingers, and SourceAFIS verifies only the best-voted records (all cores),
 * fused with the same {@link FusionRule} as {@link BruteForceGallery}. Small searches and probes
 * whose fingers have too few minutiae to vote are scored exhaustively instead.
 */
public final class IndexedGallery implements FingerGallery {

    private final RecordStore store;
    private final PairIndex index;
    private final FusionRule fusion;
    private final IndexSettings settings;

    /** A gallery with the default fusion, index settings and resident-template budget (1/4 heap). */
    public IndexedGallery() {
        this(FusionRule.DEFAULT, IndexSettings.DEFAULT, RecordStore.defaultResidentBudget());
    }

    /**
     * @param fusion how per-finger scores combine
     * @param settings the first stage's knobs
     * @param residentTemplates how many fingers keep their deserialized SourceAFIS template in memory
     */
    public IndexedGallery(FusionRule fusion, IndexSettings settings, long residentTemplates) {
        this.fusion = Objects.requireNonNull(fusion, "fusion");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = new RecordStore(residentTemplates);
        this.index = new PairIndex(store);
    }

    @Override
    public void put(ReferenceId referenceId, List<EnrolledFinger> fingers) {
        Objects.requireNonNull(referenceId, "referenceId");
        var prepared = store.prepare(fingers);
        try {
            var pairs = new ArrayList<int[]>(fingers.size());
            for (EnrolledFinger finger : fingers) {
                pairs.add(PairGeometry.galleryPairs(FingerChecks.minutiae(finger.template()), settings.neighbours()));
            }
            index.put(referenceId, prepared, pairs);
        } catch (RuntimeException e) {
            store.discard(prepared);
            throw e;
        }
    }

    @Override
    public boolean remove(ReferenceId referenceId) {
        return index.remove(referenceId);
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
        long searched = subset == null ? store.size() : subset.size();
        // small searches skip the index before paying for the probe's pair geometry
        var pairs = searched < settings.exhaustiveBelow() ? null : probePairs(probe);
        if (pairs == null || pairs.stream().allMatch(Objects::isNull)) {
            var records = store.records(subset);
            return BruteForceGallery.score(probeFingers, records, exclude, maxResults, threshold, fusion);
        }
        List<BiometricSubtype> positions =
                probe.stream().map(EnrolledFinger::position).toList();
        int voting = (int) pairs.stream().filter(Objects::nonNull).count();
        var candidates = index.candidates(positions, pairs, subset, exclude, settings.verified(searched, voting));
        var verified = BruteForceGallery.score(probeFingers, candidates, exclude, maxResults, threshold, fusion);
        return new Identification(verified.candidates(), verified.compared(), searched);
    }

    /** Each probe finger's pairs, or null for a finger with too few minutiae to vote. */
    private List<int @Nullable []> probePairs(List<EnrolledFinger> probe) {
        var out = new ArrayList<int @Nullable []>(probe.size());
        for (EnrolledFinger finger : probe) {
            var minutiae = FingerChecks.minutiae(finger.template());
            out.add(
                    minutiae.count() < settings.minProbeMinutiae()
                            ? null
                            : PairGeometry.probePairs(minutiae, settings.neighbours()));
        }
        return out;
    }

    /** The first stage's memory (for the benchmark's report). */
    public IndexFootprint indexFootprint() {
        long[] footprint = index.footprint();
        double fingers = Math.max(footprint[1], 1);
        return new IndexFootprint(footprint[1], footprint[0] / fingers, footprint[2] / fingers);
    }

    /**
     * @param fingers fingers indexed (removed ones included until their shard is rebuilt)
     * @param bytesPerFinger index bytes (postings and slot tables, allocated capacity) per finger
     * @param pairsPerFinger minutia pairs indexed per finger
     */
    public record IndexFootprint(long fingers, double bytesPerFinger, double pairsPerFinger) {}
}
