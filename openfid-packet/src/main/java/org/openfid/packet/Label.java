package org.openfid.packet;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One entry of {@code metaData} or {@code operationsData} in {@code packet_meta_info.json}. */
public record Label(String label, @Nullable String value) {
    public Label {
        Objects.requireNonNull(label, "label");
    }
}
