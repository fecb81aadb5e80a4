package org.openfid.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openfid.keys.DataSeals;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.openfid.notification.Channel;
import org.openfid.notification.NotificationException;
import org.openfid.notification.NotificationId;
import org.openfid.notification.NotificationRequest;
import org.openfid.notification.NotificationStatus;
import org.openfid.notification.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outbox: a message is validated, rendered and stored sealed in the caller's transaction;
 * {@link DeliveryWorker} delivers it after commit. So a message exists exactly when
 * the work that caused it committed, and a crash before delivery only delays it (the sweep of
 * {@link DeliveryWorker} finds it).
 */
@Service
class MessageOutbox implements Notifications {

    static final KeyRef CONTENT_SEAL = KeyRef.of("NOTIFICATION", "CONTENT");
    static final KeyRef RECIPIENT_HASH = KeyRef.of("NOTIFICATION", "RECIPIENT");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,15}");

    private final TemplateRenderer renderer;
    private final DataSeals seals;
    private final KeyedHashes hashes;
    private final JdbcClient jdbc;
    private final DeliveryWorker worker;
    private final Clock clock;

    MessageOutbox(
            TemplateRenderer renderer,
            DataSeals seals,
            KeyedHashes hashes,
            JdbcClient jdbc,
            DeliveryWorker worker,
            Clock clock) {
        this.renderer = renderer;
        this.seals = seals;
        this.hashes = hashes;
        this.jdbc = jdbc;
        this.worker = worker;
        this.clock = clock;
    }

    @Override
    @Transactional
    public NotificationId send(NotificationRequest request) {
        requireRecipient(request);
        Rendered rendered = renderer.render(request);
        UUID id = UUID.randomUUID();
        ObjectNode content = JSON.createObjectNode();
        content.put("recipient", rendered.recipient());
        content.put("subject", rendered.subject());
        content.put("body", rendered.body());
        byte[] sealed = seals.seal(CONTENT_SEAL, JSON.writeValueAsBytes(content), aad(id));
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("INSERT INTO notification.message (id, channel, template_code, languages, recipient_hash,"
                        + " sealed_content, state, attempts, next_attempt_at, created_at) VALUES (:id, :channel, :code,"
                        + " :languages, :hash, :sealed, 'QUEUED', 0, :now, :now)")
                .param("id", id)
                .param("channel", request.channel().name())
                .param("code", request.templateCode())
                .param("languages", String.join(",", request.languages()))
                .param("hash", hashes.hash(RECIPIENT_HASH, request.recipient()))
                .param("sealed", sealed)
                .param("now", now)
                .update();
        afterCommit(() -> worker.deliverSoon(id));
        return new NotificationId(id);
    }

    @Override
    public NotificationStatus status(NotificationId id) {
        return jdbc.sql("SELECT channel, state, attempts, last_error, sent_at FROM notification.message WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> new NotificationStatus(
                        id,
                        Channel.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class) == null
                                ? null
                                : rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional()
                .orElseThrow(() -> new NotificationException("NTF-404", 404, "No such message"));
    }

    /**
     * Runs {@code action} once the caller's transaction commits (at once without one). Deliberately not
     * an event listener: the outbox row is already the durable record (the sweep finds it after a
     * crash), and a transactional listener would make every request hold its connection while asking
     * the event registry for a second one, which starves the pool under load.
     */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    static byte[] aad(UUID id) {
        return ("notification.message:" + id).getBytes(StandardCharsets.US_ASCII);
    }

    private static void requireRecipient(NotificationRequest request) {
        boolean valid = request.channel() == Channel.EMAIL
                ? EMAIL.matcher(request.recipient()).matches()
                : PHONE.matcher(request.recipient().replaceAll("[\\s()-]", "")).matches();
        if (!valid) {
            throw new NotificationException("The recipient is not "
                    + (request.channel() == Channel.EMAIL ? "an e-mail address" : "a phone number"));
        }
    }
}
