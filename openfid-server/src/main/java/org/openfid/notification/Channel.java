package org.openfid.notification;

/** Where a message goes. */
public enum Channel {
    EMAIL,
    SMS
}
