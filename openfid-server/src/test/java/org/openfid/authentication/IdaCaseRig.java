package org.openfid.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openfid.notification.SmsInbox;
import org.openfid.partner.PartnerFixture;
import org.openfid.relyingparty.IdType;
import org.openfid.relyingparty.IdaClient;
import org.openfid.relyingparty.IdaRequest;
import org.openfid.relyingparty.IdaResponse;
import org.openfid.relyingparty.OtpChannel;
import org.openfid.relyingparty.OtpResult;
import org.openfid.relyingparty.PreparedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Does for one case what MOSIP's api-test rig does: fills the case's input into IDA's request
 * template (the outer fields as the case writes them, blank or missing or malformed ones included),
 * encrypts the identity block to the IDA key and signs the body with the partner key, posts it to the
 * case's path, and for OTP cases first asks for the OTP and reads it from the person's phone.
 *
 * <p>The request is built by OpenFID's relying-party client and then given the case's outer fields
 * and signed again, so only what the case changes differs from a correct request. Three liberties:
 * the identity block's {@code timestamp} is the request time (MOSIP's identity templates hold a fixed
 * 2019 date, and MOSIP validates that timestamp, so its rig must replace it or its positive cases would
 * fail); {@code env} and {@code domainUri} are the client's (the templates' {@code Staging} and {@code
 * baseurl} are filled by the rig for its own server); and the six demo cases that name an
 * identity-block template as their {@code inputTemplate} are sent with IDA's request template, as their
 * descriptions intend (a body without {@code id} or {@code individualId} would be refused for another
 * reason than the one the case tests).
 */
final class IdaCaseRig {

    /**
     * OpenFID's answer.
     *
     * @param accepted {@code authStatus}/{@code kycStatus}, or for send-OTP whether the OTP was sent
     * @param codes its error codes
     * @param json the whole answer, for failure messages
     */
    record Answer(boolean accepted, List<String> codes, String json) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");
    private static final String GENERATED = "$TRANSACTIONID$";

    /** The OTP sent when MOSIP's send-OTP step was refused and no OTP arrived. */
    private static final String NO_OTP_ARRIVED = "000000";

    private final IdaClient client;
    private final PartnerFixture.Onboarded partner;
    private final IdaCaseFixtures fixtures;
    private final SmsInbox sms;
    private final String transactionId = IdaClient.newTransactionId();

    IdaCaseRig(IdaClient client, PartnerFixture.Onboarded partner, IdaCaseFixtures fixtures, SmsInbox sms) {
        this.client = client;
        this.partner = partner;
        this.fixtures = fixtures;
        this.sms = sms;
    }

    Answer replay(MosipIdaCase theCase) throws InterruptedException {
        return theCase.isSendOtp() ? sendOtp(theCase) : authenticate(theCase);
    }

    /** A send-OTP case: the OTP request as the case writes it. */
    private Answer sendOtp(MosipIdaCase theCase) {
        List<OtpChannel> channels = new ArrayList<>();
        theCase.input().path("otpChannel").forEach(c -> channels.add(OtpChannel.valueOf(c.asString())));
        OtpResult result = client.requestOtp(
                fixtures.resolve(text(theCase, "individualId")),
                IdType.valueOf(text(theCase, "individualIdType")),
                channels,
                transaction(text(theCase, "transactionID")));
        assertThat(result.response().signatureValid())
                .as("every answer is signed")
                .isTrue();
        return new Answer(
                result.sent(),
                result.errorCodes(),
                String.valueOf(result.response().json()));
    }

    /** An auth or e-KYC case (demographic or OTP). */
    private Answer authenticate(MosipIdaCase theCase) throws InterruptedException {
        JsonNode input = theCase.input();
        // filled first: making a fixture may move the clock (an expired VID), and the request is timed after
        String individualId = text(theCase, "individualId");
        String resolvedId = individualId.equals("$REMOVE$") ? null : fixtures.resolve(individualId);
        IdaRequest request = IdaRequest.of("0", IdType.UIN);
        if (input.has("identityRequest")) {
            request = request.withDemographics(fixtures.demographics(input.path("identityRequest")));
        }
        if (theCase.usesOtp()) {
            request = request.withOtp(otp(theCase));
        }
        Instant stated = instant(theCase.input("requestTime"));
        if (stated != null) {
            request = request.withRequestTime(stated);
        }
        PreparedRequest prepared =
                theCase.isKyc() ? client.prepareKyc(request, List.of()) : client.prepareAuth(request);
        ObjectNode body = (ObjectNode) JSON.readTree(prepared.body());
        outerFields(theCase, resolvedId, body);
        PreparedRequest sent =
                signed(prepared.withBody(JSON.writeValueAsBytes(body))).withPath(path(theCase));
        IdaResponse response = client.send(sent);
        assertThat(response.signatureValid())
                .as("every answer is signed: " + response.status())
                .isTrue();
        boolean status = response.response()
                .path(theCase.isKyc() ? "kycStatus" : "authStatus")
                .asBoolean(false);
        return new Answer(status, response.errorCodes(), String.valueOf(response.json()));
    }

    /**
     * The outer fields MOSIP's request template takes from the case's input ({@code individualId}
     * already filled; {@code null} when the case removes it).
     */
    private void outerFields(MosipIdaCase theCase, @Nullable String individualId, ObjectNode body) {
        if (individualId == null) {
            body.remove("individualId");
        } else {
            body.put("individualId", individualId);
        }
        body.put("individualIdType", text(theCase, "individualIdType"));
        body.put("transactionID", transaction(text(theCase, "transactionId")));
        String requestTime = text(theCase, "requestTime");
        if (!requestTime.equals("$TIMESTAMP$")) {
            body.put("requestTime", requestTime);
        }
        ObjectNode requested = body.putObject("requestedAuth");
        for (String type : List.of("bio", "demo", "otp")) {
            requested.put(type, theCase.input().path(type).asBoolean(false));
        }
        requested.put("pin", false);
    }

    /**
     * The OTP the case authenticates with: the rig first asks for one (the case's {@code sendOtp}),
     * then takes the one the person received when the case names the person's e-mail as {@code
     * otpChannel}, or else the case's own value (a wrong OTP).
     */
    private String otp(MosipIdaCase theCase) throws InterruptedException {
        JsonNode send = theCase.input().path("sendOtp");
        OtpResult sent = client.requestOtp(
                fixtures.resolve(send.path("individualId").asString()),
                IdType.valueOf(send.path("individualIdType").asString()),
                List.of(OtpChannel.EMAIL, OtpChannel.PHONE),
                transaction(send.path("transactionID").asString()));
        String channel = text(theCase, "otpChannel");
        if (!channel.startsWith("$ID:")) {
            return channel;
        }
        if (!sent.sent()) {
            return NO_OTP_ARRIVED;
        }
        String phone = fixtures.person().phone();
        var message = sms.await(
                m -> m.to().equals(phone) && SIX_DIGITS.matcher(m.text()).find(), Duration.ofSeconds(20));
        Matcher digits = SIX_DIGITS.matcher(message.text());
        assertThat(digits.find()).isTrue();
        return digits.group(1);
    }

    /** {@code $TRANSACTIONID$} is one generated id, shared by the send-OTP step and the request. */
    private String transaction(String value) {
        return value.equals(GENERATED) ? transactionId : value;
    }

    /**
     * The case's path, its key placeholders filled with the partner's keys; a literal wrong path, or
     * MOSIP's truncated {@code $ekycPartnerKe}, is sent as written.
     */
    private String path(MosipIdaCase theCase) {
        String keys = partner.licenceKey() + "/" + partner.partnerId() + "/" + partner.apiKey();
        // MOSIP's rig fills these with the keys of partners it registered (for e-KYC, and one whose
        // registration it updated); one partner with the standard policy stands for all of them
        String path = theCase.endPoint()
                .replace("$partnerKeyURL$", keys)
                .replace("$ekycPartnerKeyURL$", keys)
                .replace("$UpdatedPartnerKeyURL$", keys);
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** The body signed by the partner (detached JWS with its certificate), as the rig signs it. */
    private PreparedRequest signed(PreparedRequest request) {
        try {
            var header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .x509CertChain(List.of(com.nimbusds.jose.util.Base64.encode(
                            partner.leaf().certificate().getEncoded())))
                    .build();
            var jws = new JWSObject(header, new Payload(request.body()));
            jws.sign(new RSASSASigner(partner.leaf().keys().getPrivate()));
            return request.withHeader("signature", jws.serialize(true));
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign the request", e);
        }
    }

    private static String text(MosipIdaCase theCase, String field) {
        String value = theCase.input(field);
        if (value == null) {
            throw new IllegalArgumentException(theCase + " has no input " + field);
        }
        return value;
    }

    private static @Nullable Instant instant(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
