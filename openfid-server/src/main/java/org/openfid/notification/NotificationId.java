package org.openfid.notification;

import java.util.Objects;
import java.util.UUID;

/** The id of a queued message; events and audit entries name messages by it. */
public record NotificationId(UUID value) {

    public NotificationId {
        Objects.requireNonNull(value, "value must not be null");
    }
}
