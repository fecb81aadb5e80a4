package org.openfid.enrolment.intake;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.openfid.enrolment.EnrolmentException;
import org.openfid.enrolment.EnrolmentProperties;
import org.openfid.keys.EnvelopeParameters;
import org.openfid.keys.Envelopes;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeysException;
import org.springframework.stereotype.Component;

/**
 * Opens a sync request body. MOSIP's registration client sends it encrypted to the registration key
 * of its centre and machine ({@code REGISTRATION/<centre>_<machine>}, the {@code Center-Machine-RefId}
 * header) as base64 of {@code nonce(12) || aad(32) || keymanager envelope}, the packet layout that
 * {@link Envelopes} decrypts with the nonce as salt. A body that starts with a JSON object is the
 * plain form, accepted only while {@code openfid.enrolment.plain-sync-body} is on.
 */
@Component
public class SyncBodies {

    private static final int NONCE = 12;
    private static final int AAD = 32;
    private static final String APPLICATION = "REGISTRATION";

    private final Envelopes envelopes;
    private final boolean plainAllowed;

    SyncBodies(Envelopes envelopes, EnrolmentProperties properties) {
        this.envelopes = envelopes;
        this.plainAllowed = properties.plainSyncBody();
    }

    /** The JSON text of the sync request. */
    public String open(String body, String centreMachine) {
        String trimmed = body.strip();
        if (trimmed.startsWith("{")) {
            if (!plainAllowed) {
                throw new EnrolmentException(IntakeCodes.DECRYPTION_FAILED, "Request Decryption Failed");
            }
            return trimmed;
        }
        if (trimmed.startsWith("\"") && trimmed.endsWith("\"") && trimmed.length() > 1) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        byte[] packed;
        try {
            packed = Base64.getUrlDecoder().decode(trimmed.replace('+', '-').replace('/', '_'));
        } catch (IllegalArgumentException e) {
            throw new EnrolmentException(IntakeCodes.DECRYPTION_FAILED, "Request Decryption Failed");
        }
        if (packed.length <= NONCE + AAD) {
            throw new EnrolmentException(IntakeCodes.DECRYPTION_FAILED, "Request Decryption Failed");
        }
        var parameters = new EnvelopeParameters(
                Arrays.copyOfRange(packed, 0, NONCE), Arrays.copyOfRange(packed, NONCE, NONCE + AAD), true);
        try {
            byte[] plain = envelopes.decrypt(
                    KeyRef.of(APPLICATION, centreMachine),
                    Arrays.copyOfRange(packed, NONCE + AAD, packed.length),
                    parameters);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (KeysException e) {
            throw new EnrolmentException(IntakeCodes.DECRYPTION_FAILED, "Request Decryption Failed", e);
        }
    }
}
