package org.openfid.notification;

/** Sends templated messages without ever making the caller wait for a channel. */
public interface Notifications {

    /**
     * Renders and queues a message; returns at once. Inside a transaction the message is stored with
     * it (and dropped if it rolls back); delivery starts after commit and is retried with back-off.
     *
     * @throws NotificationException for an unknown template or language, a template of the other
     *     channel, a missing placeholder value or a malformed recipient (nothing is stored)
     */
    NotificationId send(NotificationRequest request);

    /** The delivery status of a message. */
    NotificationStatus status(NotificationId id);
}
