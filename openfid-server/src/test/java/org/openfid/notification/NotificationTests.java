package org.openfid.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openfid.keys.RecordedFacts;
import org.openfid.notification.delivery.Masking;
import org.openfid.platform.ActionTaken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications through real channels: GreenMail as the SMTP server and a local HTTP endpoint as the
 * SMS gateway; templates from the demo country in English and Arabic.
 */
@SpringBootTest(
        properties = {
            "openfid.data-dir=target/test-data/notification-${random.uuid}",
            "openfid.admin.password=notification-test-admin",
            "openfid.notification.backoff=PT0.2S",
            "openfid.notification.sweep-interval=PT0.2S",
            "openfid.notification.max-attempts=3"
        })
@Import(NotificationTests.Facts.class)
class NotificationTests {

    static final SmsInbox SMS = new SmsInbox();
    static final GreenMail MAIL = start();

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("openfid.notification.sms.url", SMS::url);
        registry.add("openfid.notification.sms.token", () -> "gateway-token");
        registry.add("openfid.notification.smtp.host", () -> "127.0.0.1");
        registry.add("openfid.notification.smtp.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordedFacts facts;

    private static final Map<String, String> VALUES =
            Map.of("otp", "482913", "validityMinutes", "3", "date", "2026-11-23", "time", "10:00");

    @Test
    void anEmailArrivesInBothLanguagesAndItsContentIsErased() throws Exception {
        NotificationId id = notifications.send(new NotificationRequest(
                Channel.EMAIL, "amira@example.org", "AUTH_OTP_EMAIL", List.of("eng", "ara"), VALUES));

        MimeMessage message = awaitMail("amira@example.org");
        assertThat(message.getSubject())
                .isEqualTo("Your Demoland one-time password / كلمة المرور لمرة واحدة في ديمولاند");
        assertThat(message.getContent().toString())
                .contains("Your one-time password is 482913", "كلمة المرور لمرة واحدة هي 482913");
        awaitState(id, "SENT");
        assertThat(jdbc.sql("SELECT sealed_content FROM notification.message WHERE id = :id")
                        .param("id", id.value())
                        .query(byte[].class)
                        .optional())
                .as("delivered content is erased")
                .isEmpty();
        assertThat(facts.stream().filter(f -> f.module().equals("notification")).map(ActionTaken::action))
                .contains("DELIVERED");
    }

    @Test
    void anSmsIsRetriedUntilTheGatewayTakesItOnce() throws Exception {
        SMS.failNext(2, 503);
        NotificationId id = notifications.send(
                new NotificationRequest(Channel.SMS, "+254700111222", "AUTH_OTP_SMS", List.of("eng"), VALUES));

        var received = SMS.await(m -> m.to().equals("+254700111222"), Duration.ofSeconds(20));
        awaitState(id, "SENT");
        assertThat(received.text()).contains("482913");
        assertThat(received.authorization()).isEqualTo("Bearer gateway-token");
        assertThat(notifications.status(id).attempts()).isEqualTo(3);
        assertThat(SMS.received().stream().filter(m -> m.to().equals("+254700111222")))
                .hasSize(1);
    }

    @Test
    void aGatewayThatStaysDownEndsFailedWithoutBlockingTheSender() throws Exception {
        SMS.failNext(100, 500);
        long began = System.nanoTime();
        NotificationId id = notifications.send(
                new NotificationRequest(Channel.SMS, "+254700333444", "AUTH_OTP_SMS", List.of("eng"), VALUES));
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));

        awaitState(id, "FAILED");
        SMS.failNext(0, 500);
        assertThat(notifications.status(id).lastError()).isEqualTo("GATEWAY_HTTP_500");
        assertThat(notifications.status(id).attempts()).isEqualTo(3);
    }

    @Test
    void badRequestsAreRefusedAndNothingIsStored() {
        long before = jdbc.sql("SELECT count(*) FROM notification.message")
                .query(Long.class)
                .single();
        assertRefused(
                new NotificationRequest(Channel.SMS, "+254700555666", "NO_SUCH_TEMPLATE", List.of("eng"), VALUES));
        assertRefused(new NotificationRequest(Channel.SMS, "+254700555666", "AUTH_OTP_EMAIL", List.of("eng"), VALUES));
        assertRefused(new NotificationRequest(
                Channel.SMS, "+254700555666", "AUTH_OTP_SMS", List.of("eng"), Map.of("otp", "1")));
        assertRefused(new NotificationRequest(Channel.SMS, "call me", "AUTH_OTP_SMS", List.of("eng"), VALUES));
        assertRefused(
                new NotificationRequest(Channel.EMAIL, "not-an-address", "AUTH_OTP_EMAIL", List.of("eng"), VALUES));
        assertRefused(new NotificationRequest(Channel.SMS, "+254700555666", "AUTH_OTP_SMS", List.of("fra"), VALUES));
        assertRefused(new NotificationRequest(Channel.SMS, "+254700555666", "AUTH_OTP_SMS", List.of(), VALUES));
        assertThat(jdbc.sql("SELECT count(*) FROM notification.message")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void recipientsAndContentsAreNeverStoredOrShownInTheClear() {
        NotificationId id = notifications.send(
                new NotificationRequest(Channel.SMS, "+254700777888", "AUTH_OTP_SMS", List.of("eng"), VALUES));
        String row = jdbc.sql("SELECT row_to_json(m)::text FROM notification.message m WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
        assertThat(row).doesNotContain("254700777888", "482913");
        assertThat(new NotificationRequest(Channel.SMS, "+254700777888", "AUTH_OTP_SMS", List.of("eng"), VALUES)
                        .toString())
                .doesNotContain("254700777888", "482913");
        assertThat(Masking.mask("+254700777888")).isEqualTo("+25******7888");
        assertThat(Masking.mask("amira@example.org")).isEqualTo("a***@example.org");
    }

    private void assertRefused(NotificationRequest request) {
        assertThatThrownBy(() -> notifications.send(request)).isInstanceOf(NotificationException.class);
    }

    private void awaitState(NotificationId id, String state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && !notifications.status(id).state().equals(state)) {
            Thread.sleep(25);
        }
        assertThat(notifications.status(id).state()).isEqualTo(state);
    }

    private static MimeMessage awaitMail(String to) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(to)) {
                    return message;
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("No e-mail arrived for the test recipient");
    }

    private static GreenMail start() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Facts {
        @Bean
        RecordedFacts recordedFacts() {
            return new RecordedFacts();
        }
    }
}
