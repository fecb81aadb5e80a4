package org.openfid.biometrics.search;

import java.util.List;
import org.openfid.spi.abis.ReferenceId;

/** One person's fingers as a gallery holds them; immutable, so a search sees it wholly or not. */
record GalleryRecord(ReferenceId referenceId, List<GalleryFinger> fingers, int ordinal) {

    GalleryRecord {
        fingers = List.copyOf(fingers);
    }
}
