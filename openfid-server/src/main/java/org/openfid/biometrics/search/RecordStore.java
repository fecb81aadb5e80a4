package org.openfid.biometrics.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.abis.ReferenceId;

/**
 * The records of a gallery by reference id. Records are immutable and swapped whole in a concurrent
 * map, so searches never lock and see each record wholly or not at all. Deserialized templates stay
 * resident for at most {@code residentBudget} fingers; beyond that a comparison deserializes.
 */
final class RecordStore {

    private final ConcurrentHashMap<ReferenceId, GalleryRecord> records = new ConcurrentHashMap<>();
    private final AtomicLong resident = new AtomicLong();
    private final long residentBudget;

    RecordStore(long residentBudget) {
        this.residentBudget = residentBudget;
    }

    /** A budget of resident templates that keeps them under a quarter of the maximum heap. */
    static long defaultResidentBudget() {
        return Runtime.getRuntime().maxMemory() / 4 / 14_000;
    }

    /** Validates and wraps the fingers of a record (outside any lock: deserialization is slow). */
    List<GalleryFinger> prepare(List<EnrolledFinger> fingers) {
        FingerChecks.requireFingers(fingers);
        var prepared = new ArrayList<GalleryFinger>(fingers.size());
        for (EnrolledFinger finger : fingers) {
            var template = FingerChecks.template(finger.template());
            boolean keep = resident.incrementAndGet() <= residentBudget;
            if (!keep) {
                resident.decrementAndGet();
            }
            prepared.add(new GalleryFinger(finger.position(), finger.template().clone(), keep ? template : null));
        }
        return prepared;
    }

    /** Stores a record, returning the one it replaced. */
    @Nullable
    GalleryRecord put(GalleryRecord record) {
        var previous = records.put(record.referenceId(), record);
        release(previous);
        return previous;
    }

    @Nullable
    GalleryRecord remove(ReferenceId referenceId) {
        var previous = records.remove(referenceId);
        release(previous);
        return previous;
    }

    /** Gives back the resident budget of fingers that were prepared but never stored. */
    void discard(List<GalleryFinger> fingers) {
        fingers.stream().filter(GalleryFinger::resident).forEach(f -> resident.decrementAndGet());
    }

    private void release(@Nullable GalleryRecord record) {
        if (record != null) {
            discard(record.fingers());
        }
    }

    @Nullable
    GalleryRecord get(ReferenceId referenceId) {
        return records.get(referenceId);
    }

    int size() {
        return records.size();
    }

    Collection<GalleryRecord> all() {
        return records.values();
    }

    /** The records to search: all of them, or those of {@code subset} the store holds. */
    Collection<GalleryRecord> records(@Nullable Set<ReferenceId> subset) {
        return subset == null
                ? records.values()
                : subset.stream().map(records::get).filter(Objects::nonNull).toList();
    }

    /** A held record's fingers as they were put, or empty. */
    Optional<List<EnrolledFinger>> fingers(ReferenceId referenceId) {
        return Optional.ofNullable(records.get(referenceId))
                .map(record -> record.fingers().stream()
                        .map(finger -> new EnrolledFinger(finger.position(), finger.serialized()))
                        .toList());
    }
}
