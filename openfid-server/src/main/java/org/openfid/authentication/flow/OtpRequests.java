package org.openfid.authentication.flow;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.IdaRefusal;
import org.openfid.authentication.history.TransactionLog;
import org.openfid.authentication.otp.OtpDesk;
import org.openfid.notification.Channel;
import org.openfid.notification.NotificationRequest;
import org.openfid.notification.Notifications;
import org.openfid.partner.AuthorisedPartner;
import org.openfid.partner.PartnerException;
import org.openfid.partner.Partners;
import org.openfid.platform.AuditRecorder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * MOSIP's OTP request ({@code mosip.identity.otp}): a partner whose policy allows {@code otp-request}
 * asks for an OTP to be sent to the person's registered phone and/or e-mail; the platform's own modules
 * ask the same through the internal endpoint ({@code mosip.identity.otp.internal}, service account
 * instead of partner keys and signature), for the internal authentication that follows. The OTP is stored as a
 * keyed hash and handed to the notification module in the same transaction; delivery happens after
 * commit and never delays the answer, which shows the contacts only masked.
 */
@Service
public class OtpRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final Partners partners;
    private final RequestOpener opener;
    private final Individuals individuals;
    private final OtpDesk desk;
    private final Notifications notifications;
    private final TransactionLog log;
    private final AuditRecorder audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OtpRequests(
            Partners partners,
            RequestOpener opener,
            Individuals individuals,
            OtpDesk desk,
            Notifications notifications,
            TransactionLog log,
            AuditRecorder audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.partners = partners;
        this.opener = opener;
        this.individuals = individuals;
        this.desk = desk;
        this.notifications = notifications;
        this.log = log;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Handles one OTP request; never throws for bad input. */
    public IdaAnswer request(Authenticator.Call call) {
        JsonNode outer = null;
        try {
            AuthorisedPartner partner = call.isInternal() ? InternalPartner.POLICY : authorise(call);
            outer = opener.parse(call.body());
            if (!call.isInternal()) {
                opener.verifySignature(call.signature(), call.body(), partner);
            }
            OpenedRequest request = opener.openOtpRequest(
                    outer, call.isInternal() ? "mosip.identity.otp.internal" : "mosip.identity.otp");
            Set<Channel> channels = channels(outer);
            if (!partner.policy().allows("otp-request", null)) {
                throw new IdaRefusal(IdaError.otpRequestNotAllowed());
            }
            IdaAnswer answer = transactions.execute(status -> send(call, request, channels));
            return java.util.Objects.requireNonNull(answer);
        } catch (IdaRefusal refusal) {
            String transactionId =
                    outer == null ? null : outer.path("transactionID").asString(null);
            transactions.executeWithoutResult(status -> {
                List<String> codes =
                        refusal.errors().stream().map(IdaError::errorCode).toList();
                log.refused(
                        new TransactionLog.Request(
                                call.kind(),
                                call.partnerId().length() > 64 ? "-" : call.partnerId(),
                                transactionId == null || transactionId.length() > 32 ? "-" : transactionId,
                                clock.instant(),
                                null),
                        null,
                        codes);
                audit.failure(Authenticator.MODULE, call.kind(), null, String.join(",", codes));
            });
            return IdaAnswer.refused(transactionId, refusal.errors());
        } catch (RuntimeException unexpected) {
            org.slf4j.LoggerFactory.getLogger(OtpRequests.class).error("OTP request failed unexpectedly", unexpected);
            return IdaAnswer.refused(null, List.of(IdaError.unableToProcess()));
        }
    }

    private AuthorisedPartner authorise(Authenticator.Call call) {
        try {
            return partners.authorise(call.licenceKey(), call.partnerId(), call.apiKey());
        } catch (PartnerException e) {
            throw new IdaRefusal(IdaError.of(e.code(), e.getMessage()));
        }
    }

    private IdaAnswer send(Authenticator.Call call, OpenedRequest request, Set<Channel> channels) {
        UUID record = UUID.randomUUID();
        var logged = new TransactionLog.Request(
                call.kind(),
                call.partnerId(),
                request.transactionId(),
                request.requestTime(),
                request.individual().type().name());
        if (!log.claim(record, logged)) {
            throw new IdaRefusal(IdaError.invalid("transactionID (already used)"));
        }
        Individual person = null;
        List<IdaError> errors;
        ObjectNode masked = JSON.createObjectNode();
        try {
            person = individuals.resolve(request.individual());
            errors = issue(person, request, call.partnerId(), channels, masked);
        } catch (IdaRefusal refusal) {
            errors = refusal.errors();
        }
        List<String> codes = errors.stream().map(IdaError::errorCode).toList();
        String hash = person == null ? null : person.hash();
        log.complete(record, hash, List.of("otp-request"), codes, null);
        if (!errors.isEmpty()) {
            audit.failure(Authenticator.MODULE, call.kind(), hash, String.join(",", codes));
            return IdaAnswer.refused(request.transactionId(), errors);
        }
        audit.success(Authenticator.MODULE, call.kind(), hash, channels.toString());
        return new IdaAnswer(request.transactionId(), true, null, List.of(), masked);
    }

    private List<IdaError> issue(
            Individual person, OpenedRequest request, String partnerId, Set<Channel> channels, ObjectNode masked) {
        if (person.hasLocked("otp")) {
            return List.of(IdaError.locked("otp"));
        }
        Optional<IdaError> refusal = desk.refusalToIssue(person.hash());
        if (refusal.isPresent()) {
            return List.of(refusal.get());
        }
        String phone = person.data().path("phone").asString("");
        String email = person.data().path("email").asString("");
        boolean anyContact = (channels.contains(Channel.SMS) && !phone.isEmpty())
                || (channels.contains(Channel.EMAIL) && !email.isEmpty());
        if (!anyContact) {
            return List.of(IdaError.notRegistered(channels.contains(Channel.SMS) ? "Phone Number" : "Email ID"));
        }
        OtpDesk.Issued issued = desk.issue(
                person.hash(),
                partnerId,
                request.transactionId(),
                request.individual().type().name());
        Map<String, String> values = Map.of(
                "otp", issued.otp(),
                "validityMinutes",
                        String.valueOf(java.time.Duration.between(clock.instant(), issued.expiresAt())
                                .toMinutes()),
                "date", DATE.format(clock.instant()),
                "time", TIME.format(clock.instant()));
        List<String> languages = languages(person.data());
        if (channels.contains(Channel.SMS) && !phone.isEmpty()) {
            notifications.send(new NotificationRequest(Channel.SMS, phone, "AUTH_OTP_SMS", languages, values));
            masked.put("maskedMobile", maskPhone(phone));
        }
        if (channels.contains(Channel.EMAIL) && !email.isEmpty()) {
            notifications.send(new NotificationRequest(Channel.EMAIL, email, "AUTH_OTP_EMAIL", languages, values));
            masked.put("maskedEmail", maskEmail(email));
        }
        return List.of();
    }

    private static Set<Channel> channels(JsonNode outer) {
        JsonNode requested = outer.path("otpChannel");
        if (!requested.isArray() || requested.isEmpty()) {
            throw new IdaRefusal(IdaError.of("IDA-OTA-008", "OTP Notification Channel not provided"));
        }
        Set<Channel> channels = new LinkedHashSet<>();
        List<IdaError> errors = new ArrayList<>();
        for (JsonNode channel : requested) {
            switch (channel.asString("").toUpperCase(java.util.Locale.ROOT)) {
                case "PHONE" -> channels.add(Channel.SMS);
                case "EMAIL" -> channels.add(Channel.EMAIL);
                default -> errors.add(IdaError.invalid("otpChannel"));
            }
        }
        if (!errors.isEmpty()) {
            throw new IdaRefusal(errors.subList(0, 1));
        }
        return channels;
    }

    /** The languages the person's record is kept in, in order: the message is sent in each. */
    static List<String> languages(JsonNode identity) {
        List<String> languages = new ArrayList<>();
        identity.path("fullName").forEach(name -> {
            String language = name.path("language").asString("");
            if (!language.isEmpty() && !languages.contains(language)) {
                languages.add(language);
            }
        });
        return languages.isEmpty() ? List.of("eng") : languages;
    }

    static String maskPhone(String phone) {
        int shown = Math.min(4, phone.length() / 2);
        return "X".repeat(phone.length() - shown) + phone.substring(phone.length() - shown);
    }

    static String maskEmail(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "X".repeat(email.length());
        }
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < at; i++) {
            masked.append(i % 3 == 2 ? email.charAt(i) : 'X');
        }
        return masked + email.substring(at);
    }
}
