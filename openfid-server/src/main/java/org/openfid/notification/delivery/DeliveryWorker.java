package org.openfid.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.openfid.keys.DataSeals;
import org.openfid.notification.Channel;
import org.openfid.notification.NotificationProperties;
import org.openfid.notification.SmsGateway;
import org.openfid.platform.AuditRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers queued messages off the caller's thread. A message is first claimed (its next attempt
 * pushed into the future, which is also its lease), then sent, then marked SENT and its sealed content
 * erased; a failure leaves it QUEUED until its back-off has passed, and after {@code maxAttempts} it is
 * FAILED. Claims are atomic, so two nodes (or the listener and the sweep) never send one message
 * twice in the normal course; a crash between sending and marking can repeat one delivery, never lose
 * one.
 */
@Component
class DeliveryWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final DataSeals seals;
    private final EmailChannel email;
    private final SmsGateway sms;
    private final AuditRecorder audit;
    private final TransactionTemplate transactions;
    private final NotificationProperties properties;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    DeliveryWorker(
            JdbcClient jdbc,
            DataSeals seals,
            EmailChannel email,
            SmsGateway sms,
            AuditRecorder audit,
            TransactionTemplate transactions,
            NotificationProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.seals = seals;
        this.email = email;
        this.sms = sms;
        this.audit = audit;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Delivers a committed message on another thread, without delaying the caller. */
    void deliverSoon(UUID id) {
        executor.submit(() -> attempt(id));
    }

    @Scheduled(fixedDelayString = "${openfid.notification.sweep-interval:PT5S}")
    void sweep() {
        List<UUID> due = jdbc.sql(
                        "SELECT id FROM notification.message WHERE state = 'QUEUED' AND next_attempt_at <= :now"
                                + " ORDER BY next_attempt_at LIMIT 100")
                .param("now", utc(clock.instant()))
                .query(UUID.class)
                .list();
        due.forEach(this::attempt);
    }

    private record Claimed(Channel channel, byte[] sealed, int attempts, String recipientHash) {}

    void attempt(UUID id) {
        Claimed claimed = claim(id);
        if (claimed == null) {
            return;
        }
        try {
            JsonNode content =
                    JSON.readTree(seals.open(MessageOutbox.CONTENT_SEAL, claimed.sealed(), MessageOutbox.aad(id)));
            Rendered message = new Rendered(
                    content.path("recipient").asString(),
                    content.path("subject").isNull()
                            ? null
                            : content.path("subject").asString(null),
                    content.path("body").asString());
            deliver(claimed.channel(), message);
            finish(id, "SENT", null, claimed.recipientHash(), claimed.channel());
            LOG.info("Message {} delivered by {} to {}", id, claimed.channel(), Masking.mask(message.recipient()));
        } catch (SmsGateway.DeliveryFailure failure) {
            boolean last = claimed.attempts() >= properties.maxAttempts();
            finish(id, last ? "FAILED" : "QUEUED", failure.code(), claimed.recipientHash(), claimed.channel());
            LOG.warn("Message {} attempt {} failed: {}", id, claimed.attempts(), failure.code());
        } catch (RuntimeException unexpected) {
            LOG.error("Message {} could not be delivered", id, unexpected);
            finish(
                    id,
                    claimed.attempts() >= properties.maxAttempts() ? "FAILED" : "QUEUED",
                    "INTERNAL",
                    claimed.recipientHash(),
                    claimed.channel());
        }
    }

    private void deliver(Channel channel, Rendered message) {
        if (channel == Channel.EMAIL) {
            email.send(message);
        } else {
            sms.send(message.recipient(), message.body());
        }
    }

    private @Nullable Claimed claim(UUID id) {
        Instant now = clock.instant();
        return transactions.execute(status -> jdbc.sql("UPDATE notification.message SET attempts = attempts + 1,"
                        + " next_attempt_at = :lease WHERE id = :id AND state = 'QUEUED' AND next_attempt_at <= :now"
                        + " RETURNING channel, sealed_content, attempts, recipient_hash")
                .param("lease", utc(now.plus(backoff(id))))
                .param("id", id)
                .param("now", utc(now))
                .query((rs, n) ->
                        new Claimed(Channel.valueOf(rs.getString(1)), rs.getBytes(2), rs.getInt(3), rs.getString(4)))
                .optional()
                .orElse(null));
    }

    private java.time.Duration backoff(UUID id) {
        int attempts = jdbc.sql("SELECT attempts FROM notification.message WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .optional()
                .orElse(0);
        return properties.backoff().multipliedBy(1L << Math.min(attempts, 10));
    }

    private void finish(UUID id, String state, @Nullable String error, String recipientHash, Channel channel) {
        boolean done = !state.equals("QUEUED");
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE notification.message SET state = :state, last_error = :error,"
                            + " sent_at = CASE WHEN :state = 'SENT' THEN now() ELSE sent_at END,"
                            + " sealed_content = CASE WHEN :done THEN NULL ELSE sealed_content END WHERE id = :id")
                    .param("state", state)
                    .param("error", error)
                    .param("done", done)
                    .param("id", id)
                    .update();
            if (state.equals("SENT")) {
                audit.success("notification", "DELIVERED", recipientHash, channel.name());
            } else if (done) {
                audit.failure("notification", "DELIVERY_FAILED", recipientHash, String.valueOf(error));
            }
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
