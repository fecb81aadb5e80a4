package org.openfid.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a message stands.
 *
 * @param id the message
 * @param channel its channel
 * @param state QUEUED, SENT or FAILED (attempts exhausted)
 * @param attempts delivery attempts so far
 * @param lastError the error code of the last failed attempt
 * @param sentAt when it was delivered
 */
public record NotificationStatus(
        NotificationId id,
        Channel channel,
        String state,
        int attempts,
        @Nullable String lastError,
        @Nullable Instant sentAt) {}
