package org.openfid.biometrics.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.abis.ReferenceId;
import org.openfid.spi.biometrics.BiometricSubtype;

/**
 * The first stage of {@link IndexedGallery}: the pair-geometry postings of every gallery finger in
 * shards per finger position, the records by ordinal, and the vote that ranks records for SourceAFIS.
 * A read-write lock lets searches vote concurrently while a put or remove (microseconds of appends)
 * waits for them, so a search sees each record wholly or not at all.
 */
final class PairIndex {

    private static final int POSITIONS = 11;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final RecordStore store;
    private final List<List<IndexShard>> shards = new ArrayList<>();
    private GalleryRecord[] records = new GalleryRecord[1024];
    private int[][] slotsByOrdinal = new int[1024][];
    private int[] freeOrdinals = new int[64];
    private int freeCount;
    private int nextOrdinal;

    PairIndex(RecordStore store) {
        this.store = store;
        for (int p = 0; p < POSITIONS; p++) {
            shards.add(new ArrayList<>());
        }
    }

    /** Stores a record's fingers (already validated) with their gallery pairs; replaces any previous. */
    void put(ReferenceId referenceId, List<GalleryFinger> fingers, List<int[]> galleryPairs) {
        lock.writeLock().lock();
        try {
            int ordinal = freeCount > 0 ? freeOrdinals[--freeCount] : nextOrdinal++;
            if (ordinal >= records.length) {
                records = Arrays.copyOf(records, records.length * 2);
                slotsByOrdinal = Arrays.copyOf(slotsByOrdinal, records.length);
            }
            var record = new GalleryRecord(referenceId, fingers, ordinal);
            int[] slots = new int[fingers.size()];
            for (int f = 0; f < fingers.size(); f++) {
                slots[f] = addFinger(fingers.get(f).position().isoFingerPosition(), ordinal, galleryPairs.get(f));
            }
            records[ordinal] = record;
            slotsByOrdinal[ordinal] = slots;
            forget(store.put(record));
        } finally {
            lock.writeLock().unlock();
        }
    }

    private int addFinger(int position, int ordinal, int[] pairs) {
        var positionShards = shards.get(position);
        if (positionShards.isEmpty() || positionShards.getLast().full()) {
            positionShards.add(new IndexShard());
        }
        int shard = positionShards.size() - 1;
        int slot = positionShards.getLast().add(ordinal, pairs);
        return position << 27 | shard << 13 | slot;
    }

    boolean remove(ReferenceId referenceId) {
        lock.writeLock().lock();
        try {
            var previous = store.remove(referenceId);
            forget(previous);
            return previous != null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void forget(@Nullable GalleryRecord record) {
        if (record == null) {
            return;
        }
        int ordinal = record.ordinal();
        for (int global : slotsByOrdinal[ordinal]) {
            shards.get(global >>> 27).get(global >>> 13 & 0x3FFF).kill(global & (IndexShard.SLOTS - 1));
        }
        records[ordinal] = null;
        slotsByOrdinal[ordinal] = null;
        if (freeCount == freeOrdinals.length) {
            freeOrdinals = Arrays.copyOf(freeOrdinals, freeCount * 2);
        }
        freeOrdinals[freeCount++] = ordinal;
    }

    /**
     * The {@code k} records whose summed votes over the probe's fingers are highest (records without
     * any vote are never returned), best first.
     *
     * @param probe per probe finger its {@link PairGeometry#probePairs}, or null to skip the finger
     */
    List<GalleryRecord> candidates(
            List<BiometricSubtype> positions,
            List<int @Nullable []> probe,
            @Nullable Set<ReferenceId> subset,
            @Nullable ReferenceId exclude,
            int k) {
        lock.readLock().lock();
        try {
            float[] fused = vote(positions, probe);
            boolean[] allowed = subset == null ? null : allowed(subset);
            var excluded = exclude == null ? null : store.get(exclude);
            int excludedOrdinal = excluded == null ? -1 : excluded.ordinal();
            int[] best = TopScores.top(
                    fused,
                    k,
                    ordinal -> ordinal != excludedOrdinal
                            && records[ordinal] != null
                            && (allowed == null || allowed[ordinal]));
            var out = new ArrayList<GalleryRecord>(best.length);
            for (int ordinal : best) {
                out.add(records[ordinal]);
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    private boolean[] allowed(Set<ReferenceId> subset) {
        boolean[] allowed = new boolean[nextOrdinal];
        for (ReferenceId id : subset) {
            var record = store.get(id);
            if (record != null) {
                allowed[record.ordinal()] = true;
            }
        }
        return allowed;
    }

    /** Votes every probe finger against the shards of comparable positions on all cores. */
    private float[] vote(List<BiometricSubtype> positions, List<int @Nullable []> probe) {
        var tasks = new ArrayList<int[]>();
        for (int f = 0; f < probe.size(); f++) {
            if (probe.get(f) == null) {
                continue;
            }
            int position = positions.get(f).isoFingerPosition();
            for (int p = 0; p < POSITIONS; p++) {
                if (position == 0 || p == 0 || p == position) {
                    for (int s = 0; s < shards.get(p).size(); s++) {
                        tasks.add(new int[] {f, p, s});
                    }
                }
            }
        }
        List<float[]> scores = tasks.parallelStream()
                .map(task -> shards.get(task[1]).get(task[2]).vote(probe.get(task[0])))
                .toList();
        float[][] bestPerFinger = new float[probe.size()][];
        for (int t = 0; t < tasks.size(); t++) {
            int finger = tasks.get(t)[0];
            if (bestPerFinger[finger] == null) {
                bestPerFinger[finger] = new float[nextOrdinal];
            }
            merge(shards.get(tasks.get(t)[1]).get(tasks.get(t)[2]), scores.get(t), bestPerFinger[finger]);
        }
        float[] fused = new float[nextOrdinal];
        for (float[] finger : bestPerFinger) {
            for (int o = 0; finger != null && o < nextOrdinal; o++) {
                fused[o] += finger[o];
            }
        }
        return fused;
    }

    private static void merge(IndexShard shard, float[] scores, float[] best) {
        for (int slot = 0; slot < scores.length; slot++) {
            int ordinal = shard.ordinal(slot);
            if (ordinal >= 0 && scores[slot] > best[ordinal]) {
                best[ordinal] = scores[slot];
            }
        }
    }

    /** Bytes of postings and slot tables, and how many fingers and postings they hold. */
    long[] footprint() {
        lock.readLock().lock();
        try {
            long bytes = 0;
            long fingers = 0;
            long postings = 0;
            for (var positionShards : shards) {
                for (IndexShard shard : positionShards) {
                    bytes += shard.memoryBytes();
                    fingers += shard.used();
                    postings += shard.postingCount();
                }
            }
            return new long[] {bytes, fingers, postings};
        } finally {
            lock.readLock().unlock();
        }
    }
}
