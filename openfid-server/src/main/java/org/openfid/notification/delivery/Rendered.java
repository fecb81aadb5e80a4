package org.openfid.notification.delivery;

import org.jspecify.annotations.Nullable;

/**
 * A message ready to go. {@link #toString()} shows nothing of it.
 *
 * @param recipient where it goes
 * @param subject the e-mail subject (null for SMS)
 * @param body the text
 */
record Rendered(String recipient, @Nullable String subject, String body) {

    @Override
    public String toString() {
        return "Rendered[***]";
    }
}
