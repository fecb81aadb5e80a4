package org.openfid.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.openfid.notification.NotificationProperties;
import org.openfid.notification.SmsGateway.DeliveryFailure;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail over SMTP (Jakarta Mail through Spring's sender), UTF-8 plain text. */
@Component
class EmailChannel {

    private final NotificationProperties.Smtp settings;
    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();

    EmailChannel(NotificationProperties properties) {
        this.settings = properties.smtp();
        if (settings.host() != null && !settings.host().isBlank()) {
            sender.setHost(settings.host());
            sender.setPort(settings.port());
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
            sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
            Properties mail = sender.getJavaMailProperties();
            mail.put("mail.smtp.auth", String.valueOf(settings.username() != null));
            mail.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
            mail.put("mail.smtp.connectiontimeout", "10000");
            mail.put("mail.smtp.timeout", "10000");
            mail.put("mail.smtp.writetimeout", "10000");
        }
    }

    void send(Rendered message) {
        if (settings.host() == null || settings.host().isBlank()) {
            throw new DeliveryFailure("CHANNEL_NOT_CONFIGURED", "No SMTP host is configured");
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(message.recipient());
            helper.setSubject(message.subject() == null ? "" : message.subject());
            helper.setText(message.body(), false);
            sender.send(mime);
        } catch (MailException | MessagingException e) {
            throw new DeliveryFailure("SMTP_FAILED", "The mail server did not accept the message");
        }
    }
}
