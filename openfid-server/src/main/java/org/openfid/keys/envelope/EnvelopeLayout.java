package org.openfid.keys.envelope;

import org.jspecify.annotations.Nullable;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.spi.keys.EnvelopeFormat;

/**
 * The keys module's view of {@link EnvelopeFormat} (the byte layouts of MOSIP keymanager envelopes,
 * shared with the packet library): the same codec, with its refusals turned into keymanager errors.
 * See {@link org.openfid.keys.Envelopes} for the three layouts.
 */
final class EnvelopeLayout {

    static final int R2_AAD_LENGTH = EnvelopeFormat.R2_AAD_LENGTH;
    static final int GCM_IV_LENGTH = EnvelopeFormat.GCM_IV_LENGTH;
    static final int LEGACY_IV_LENGTH = EnvelopeFormat.LEGACY_IV_LENGTH;

    private EnvelopeLayout() {}

    static byte[] join(boolean versionR2, byte @Nullable [] thumbprint, byte[] key, byte[] body) {
        return EnvelopeFormat.join(versionR2, thumbprint, key, body);
    }

    static EnvelopeFormat.Parts split(byte[] envelope) {
        try {
            return EnvelopeFormat.split(envelope);
        } catch (EnvelopeFormat.MalformedEnvelopeException e) {
            throw e.empty()
                    ? new KeysException(KeysError.EMPTY_DATA)
                    : new KeysException(KeysError.INVALID_DATA, e.getMessage());
        }
    }
}
