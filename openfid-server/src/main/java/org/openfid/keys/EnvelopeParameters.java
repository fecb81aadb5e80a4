package org.openfid.keys;

import org.jspecify.annotations.Nullable;

/**
 * Options of an envelope, as in MOSIP's {@code /encrypt} request: an optional caller-chosen IV
 * ({@code salt}, 12 bytes), optional additional authenticated data, and whether the recipient
 * certificate's SHA-256 thumbprint is prepended (needed to decrypt after a rotation).
 */
public record EnvelopeParameters(byte @Nullable [] salt, byte @Nullable [] aad, boolean prependThumbprint) {

    /** No salt, no AAD, thumbprint prepended: the self-describing {@code VER_R2} layout. */
    public static final EnvelopeParameters DEFAULT = new EnvelopeParameters(null, null, true);
}
