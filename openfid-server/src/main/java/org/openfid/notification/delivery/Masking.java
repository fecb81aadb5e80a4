package org.openfid.notification.delivery;

/**
 * How a recipient appears in a log line: enough to tell messages apart, not enough to contact anyone
 * ({@code +25*******4321}, {@code j***@example.org}).
 */
public final class Masking {

    private Masking() {}

    public static String mask(String recipient) {
        int at = recipient.indexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "***" + recipient.substring(at);
        }
        if (recipient.length() <= 6) {
            return "*".repeat(recipient.length());
        }
        return recipient.substring(0, 3)
                + "*".repeat(recipient.length() - 7)
                + recipient.substring(recipient.length() - 4);
    }
}
