package org.openfid.devices.capture;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A validated CAPTURE or RCAPTURE request, reduced to what the device acts on.
 *
 * @param auth CAPTURE (encrypted, for authentication) rather than RCAPTURE (plain, for registration)
 * @param scanner the addressed device
 * @param env the request's environment (checked against the device's)
 * @param transactionId echoed in every capture and mixed into the encryption IV
 * @param domainUri the authentication server's URI (CAPTURE only)
 * @param timeoutMillis how long the device may retry to reach {@code requestedScore}
 * @param requestedScore the average quality (0-100) to reach before returning
 * @param previousHash where the hash chain continues from (empty for the first capture)
 * @param fingers what to capture, in response order
 */
public record CaptureOrder(
        boolean auth,
        FingerScanner scanner,
        String env,
        String transactionId,
        @Nullable String domainUri,
        long timeoutMillis,
        int requestedScore,
        String previousHash,
        List<FingerSlot> fingers) {

    public CaptureOrder {
        fingers = List.copyOf(fingers);
    }
}
