package org.openfid.biometrics.abis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.openfid.biometrics.search.EnrolledFinger;
import org.openfid.biometrics.search.FingerGallery;
import org.openfid.spi.abis.ReferenceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory gallery the ABIS searches, loaded from the database. PostgreSQL is the source of
 * truth: at start (and on {@link #reload}) every sealed template is opened and a fresh gallery is
 * built from them, then swapped in whole, so a search never sees a half-loaded gallery. Afterwards
 * the gallery only changes after a database commit (see {@link EmbeddedAbis}).
 */
final class LiveGallery {

    private static final Logger LOG = LoggerFactory.getLogger(LiveGallery.class);
    private static final int PAGE_RECORDS = 500;

    private final Supplier<FingerGallery> factory;
    private final GalleryStore store;
    private final TemplateSeal seal;
    private final AtomicReference<FingerGallery> current;
    private volatile boolean loaded;

    LiveGallery(Supplier<FingerGallery> factory, GalleryStore store, TemplateSeal seal) {
        this.factory = factory;
        this.store = store;
        this.seal = seal;
        this.current = new AtomicReference<>(factory.get());
    }

    FingerGallery get() {
        return current.get();
    }

    boolean loaded() {
        return loaded;
    }

    /** Rebuilds the gallery from the database; logs how many records and how long, never data. */
    synchronized void reload() {
        long start = System.nanoTime();
        FingerGallery fresh = factory.get();
        String after = "";
        long fingers = 0;
        while (true) {
            var rows = store.page(after, PAGE_RECORDS);
            if (rows.isEmpty()) {
                break;
            }
            fingers += rows.size();
            putRecords(fresh, rows);
            after = rows.getLast().referenceId().value();
        }
        current.set(fresh);
        loaded = true;
        LOG.info(
                "ABIS gallery loaded: {} records, {} fingers in {} ms",
                fresh.size(),
                fingers,
                (System.nanoTime() - start) / 1_000_000);
    }

    private void putRecords(FingerGallery gallery, List<GalleryStore.FingerRow> rows) {
        ReferenceId record = null;
        List<EnrolledFinger> fingers = new ArrayList<>();
        for (var row : rows) {
            if (record != null && !record.equals(row.referenceId())) {
                gallery.put(record, fingers);
                fingers = new ArrayList<>();
            }
            record = row.referenceId();
            fingers.add(open(row));
        }
        if (record != null) {
            gallery.put(record, fingers);
        }
    }

    /** The clear template of a stored finger. */
    private EnrolledFinger open(GalleryStore.FingerRow row) {
        byte[] template = seal.open(row.referenceId(), row.index(), row.position(), row.sealedTemplate());
        return new EnrolledFinger(row.position(), template);
    }
}
