package org.openfid.packet;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;

/** The officer or supervisor who handled the registration, with their biometrics when captured. */
public record Operator(String id, @Nullable CbeffDocument biometrics) {
    public Operator {
        Objects.requireNonNull(id, "id");
    }
}
