package org.openfid.notification;

import org.openfid.platform.OpenFidException;

/** A message that cannot be queued; nothing was stored. */
public class NotificationException extends OpenFidException {

    public NotificationException(String message) {
        super("NTF-001", 400, message);
    }

    public NotificationException(String code, int status, String message) {
        super(code, status, message);
    }
}
