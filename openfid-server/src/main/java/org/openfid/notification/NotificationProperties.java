package org.openfid.notification;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification module ({@code openfid.notification.*}). Without an SMTP host or SMS
 * gateway URL the platform still starts; messages for that channel then fail with
 * {@code CHANNEL_NOT_CONFIGURED} after their attempts, and are logged (masked) as such.
 *
 * @param smtp the mail server
 * @param sms the SMS gateway
 * @param maxAttempts delivery attempts before a message is FAILED
 * @param backoff the wait after the first failed attempt; it doubles after each
 * @param sweepInterval how often due retries are looked for
 */
@ConfigurationProperties("openfid.notification")
public record NotificationProperties(
        @DefaultValue Smtp smtp,
        @DefaultValue Sms sms,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT10S") Duration backoff,
        @DefaultValue("PT5S") Duration sweepInterval) {

    /**
     * @param host SMTP host (empty: e-mail not configured)
     * @param port SMTP port
     * @param from sender address
     * @param username login, if the server wants one
     * @param password its password
     * @param starttls whether to require STARTTLS
     */
    public record Smtp(
            @Nullable String host,
            @DefaultValue("25") int port,
            @DefaultValue("no-reply@openfid.local") String from,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("false") boolean starttls) {}

    /**
     * @param url the gateway's endpoint (empty: SMS not configured)
     * @param token a bearer token sent to it, if any
     * @param sender the sender id passed along
     * @param timeout connect and response timeout
     */
    public record Sms(
            @Nullable String url,
            @Nullable String token,
            @DefaultValue("OpenFID") String sender,
            @DefaultValue("PT10S") Duration timeout) {}
}
