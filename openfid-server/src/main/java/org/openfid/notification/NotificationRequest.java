package org.openfid.notification;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message to send: a template of the country rendered in each language, in order.
 * {@link #toString()} shows neither the recipient nor the values (an OTP is among them).
 *
 * @param channel e-mail or SMS
 * @param recipient an e-mail address or a phone number
 * @param templateCode the template, for example {@code AUTH_OTP_SMS}
 * @param languages the languages to render, in order (at least one)
 * @param values the placeholders' values
 */
public record NotificationRequest(
        Channel channel, String recipient, String templateCode, List<String> languages, Map<String, String> values) {

    public NotificationRequest {
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(recipient, "recipient must not be null");
        Objects.requireNonNull(templateCode, "templateCode must not be null");
        languages = List.copyOf(languages);
        values = Map.copyOf(values);
    }

    @Override
    public String toString() {
        return "NotificationRequest[" + channel + ", " + templateCode + ", " + languages + "]";
    }
}
