package org.openfid.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openfid.authentication.bio.CaptureOpener;
import org.openfid.identity.AuthTypeLocks;
import org.openfid.identity.IdentityChange;
import org.openfid.identity.IdentityDocument;
import org.openfid.identity.IndividualId;
import org.openfid.identity.Uin;
import org.openfid.partner.PartnerFixture;
import org.openfid.partner.TestPki;
import org.openfid.relyingparty.AuthResult;
import org.openfid.relyingparty.IdType;
import org.openfid.relyingparty.IdaClient;
import org.openfid.relyingparty.IdaRequest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Biometric authentication end to end: a synthetic person enrolled with the slap scanner of the
 * software SBI devices, then authenticated with captures of its single-finger scanner, encrypted for
 * the platform's biometric key, signed by the device and sent by a relying party over HTTP; and every
 * way a capture can be forged, replayed, swapped or come from an unregistered device.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BiometricAuthTests extends AuthenticationContext {

    static final long ENROLLED = 3;
    static final long STRANGER = 4;
    static final long FIRST_ENROLMENT = 5;
    static final long SECOND_ENROLMENT = 6;

    @Autowired
    AuthTypeLocks locks;

    @Autowired
    AuthTransactions history;

    SbiStation station;
    Person enrolled;
    PartnerFixture.Onboarded bank;

    @BeforeAll
    void enrol() {
        station = SbiStation.start(keys.current(CaptureOpener.BIO_KEY).certificate(), ENROLLED);
        String ca = TestPki.pem(station.providerCa());
        certificates.uploadCaCertificate(ca, "DEVICE");
        certificates.uploadCaCertificate(ca, "FTM");
        enrolled = person("Bio Person", station.enrolSlaps());
    }

    @AfterAll
    void stop() {
        station.close();
    }

    @Test
    void theEnrolledPersonsFingersAuthenticateOneOrSeveralNamedOrNot() {
        IdaClient client = client(onboarded());

        AuthResult one = client.auth(request(List.of("Right IndexFinger")));
        AuthResult two = client.auth(request(List.of("Left MiddleFinger", "Right RingFinger")));
        AuthResult unnamed = client.auth(request(List.of("UNKNOWN")));

        assertThat(one.authenticated()).as(one.response().json().toString()).isTrue();
        assertThat(one.token()).hasSize(36).isNotEqualTo(enrolled.uin());
        assertThat(two.authenticated()).as(two.response().json().toString()).isTrue();
        assertThat(unnamed.authenticated())
                .as(unnamed.response().json().toString())
                .isTrue();
        assertThat(history.history(IndividualId.of(new Uin(enrolled.uin())), 10)
                        .getFirst()
                        .authTypes())
                .containsExactly("bio-Finger");
    }

    /** The UPDATE pipeline's check that the applicant is the UIN's holder: internal, by finger. */
    @Test
    void theInternalEndpointAuthenticatesFingersForThePlatformsOwnModules() {
        var genuine = sendInternal(internalClient().prepareInternalAuth(request(List.of("Right MiddleFinger"))));
        station.present(STRANGER);
        org.openfid.relyingparty.IdaResponse impostor;
        try {
            impostor = sendInternal(internalClient().prepareInternalAuth(request(List.of("Right MiddleFinger"))));
        } finally {
            station.present(ENROLLED);
        }

        assertThat(genuine.response().path("authStatus").asBoolean())
                .as(genuine.json().toString())
                .isTrue();
        assertThat(impostor.errorCodes()).containsExactly("IDA-BIA-001");
    }

    @Test
    void anotherPersonsFingerIsAMismatchAndAFingerNeverEnrolledIsMissing() {
        IdaClient client = client(onboarded());
        AuthResult stranger;
        station.present(STRANGER);
        try {
            stranger = client.auth(request(List.of("Right IndexFinger")));
        } finally {
            station.present(ENROLLED);
        }

        assertThat(stranger.authenticated()).isFalse();
        assertThat(stranger.errorCodes()).containsExactly("IDA-BIA-001");
        assertThat(client.auth(request(List.of("Right Thumb"))).errorCodes()).containsExactly("IDA-BIA-006");
        assertThat(client.auth(request(List.of("Left IndexFinger", "Left IndexFinger")))
                        .errorCodes())
                .containsExactly("IDA-BIA-002");
    }

    /**
     * The second and third authentications of a person compare with the templates the first one
     * extracted (ADR 0028); those templates still tell the person from a stranger.
     */
    @Test
    void cachedTemplatesStillMatchThePersonAndRefuseAStranger() {
        IdaClient client = client(onboarded());

        AuthResult first = client.auth(request(List.of("Left IndexFinger")));
        AuthResult second = client.auth(request(List.of("Left IndexFinger")));
        AuthResult stranger;
        station.present(STRANGER);
        try {
            stranger = client.auth(request(List.of("Left IndexFinger")));
        } finally {
            station.present(ENROLLED);
        }
        AuthResult unnamed = client.auth(request(List.of("UNKNOWN")));

        assertThat(first.authenticated()).as(first.response().json().toString()).isTrue();
        assertThat(second.authenticated())
                .as(second.response().json().toString())
                .isTrue();
        assertThat(stranger.errorCodes()).containsExactly("IDA-BIA-001");
        assertThat(unnamed.authenticated())
                .as(unnamed.response().json().toString())
                .isTrue();
    }

    /**
     * A person re-enrolled with other fingers (a biometric update, a new record version) is matched
     * against the new fingers only, although the old ones' templates were cached moments before.
     */
    @Test
    void anUpdatedEnrolmentIsNeverMatchedWithTheOldTemplates() {
        IdaClient client = client(onboarded());
        Person changer;
        AuthResult before;
        AuthResult oldFinger;
        AuthResult newFinger;
        try {
            station.present(FIRST_ENROLMENT);
            changer = person("Bio Changer", station.enrolSlaps());
            before = client.auth(request(changer.uin(), List.of("Right IndexFinger")));
            station.present(SECOND_ENROLMENT);
            identities.update(new IdentityChange(
                    newRid(),
                    new Uin(changer.uin()),
                    JSON.createObjectNode(),
                    List.of(new IdentityDocument("individualBiometrics", station.enrolSlaps())),
                    null));
            station.present(FIRST_ENROLMENT);
            oldFinger = client.auth(request(changer.uin(), List.of("Right IndexFinger")));
            station.present(SECOND_ENROLMENT);
            newFinger = client.auth(request(changer.uin(), List.of("Right IndexFinger")));
        } finally {
            station.present(ENROLLED);
        }

        assertThat(before.authenticated())
                .as(before.response().json().toString())
                .isTrue();
        assertThat(oldFinger.errorCodes()).containsExactly("IDA-BIA-001");
        assertThat(newFinger.authenticated())
                .as(newFinger.response().json().toString())
                .isTrue();
    }

    @Test
    void forgedOrSwappedCapturesAreRefused() {
        IdaClient client = client(onboarded());
        String txn = IdaClient.newTransactionId();
        JsonNode genuine = capture("Right IndexFinger", txn, "");

        ObjectNode forged = copy(genuine);
        item(forged).put("data", tamperPayload(item(genuine).path("data").asString()));
        ObjectNode badHash = copy(genuine);
        String hash = item(genuine).path("hash").asString();
        item(badHash).put("hash", (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1));
        ObjectNode wrongKey = copy(genuine);
        item(wrongKey).put("thumbprint", "AB".repeat(32));

        assertThat(send(client, txn, forged)).containsExactly("IDA-BIA-015");
        assertThat(send(client, txn, badHash)).containsExactly("IDA-BIA-014");
        assertThat(send(client, txn, wrongKey)).containsExactly("IDA-BIA-011");
        String other = IdaClient.newTransactionId();
        assertThat(send(client, other, capture("Right IndexFinger", txn, "")))
                .as("captured for another transaction")
                .containsExactly("IDA-MLC-016");
        JsonNode elsewhere = station.capture("Right IndexFinger", txn, "https://other.example", "");
        assertThat(send(client, txn, elsewhere)).containsExactly("IDA-MLC-024");
    }

    @Test
    void capturesOfAnUnregisteredProviderAreRefused() {
        IdaClient client = client(onboarded());
        String txn = IdaClient.newTransactionId();
        try (SbiStation unregistered =
                SbiStation.start(keys.current(CaptureOpener.BIO_KEY).certificate(), ENROLLED)) {
            JsonNode capture = unregistered.capture("Right IndexFinger", txn, domainUri(), "");

            assertThat(send(client, txn, capture)).containsExactly("IDA-DPM-001");
        }
    }

    @Test
    void policyLocksAndStaleCapturesAreRefused() {
        IdaClient demoOnly = client(partners.onboard(PartnerFixture.standardPolicy()
                .replace("{\"authType\":\"bio\",\"authSubType\":\"FINGER\",\"mandatory\":false},", "")));
        assertThat(demoOnly.auth(request(List.of("Right IndexFinger"))).errorCodes())
                .containsExactly("IDA-MPA-006");

        IdaClient client = client(onboarded());
        var id = IndividualId.of(new Uin(enrolled.uin()));
        locks.change(id, List.of(new AuthTypeLocks.AuthTypeStatus("bio-FINGER", true, null)));
        try {
            assertThat(client.auth(request(List.of("Right IndexFinger"))).errorCodes())
                    .containsExactly("IDA-MLC-019");
        } finally {
            locks.change(id, List.of(new AuthTypeLocks.AuthTypeStatus("bio-FINGER", false, null)));
        }

        String txn = IdaClient.newTransactionId();
        JsonNode old = capture("Right IndexFinger", txn, "");
        clock.advance(Duration.ofMinutes(4));
        assertThat(send(client, txn, old)).containsExactly("IDA-MLC-009");
    }

    private PartnerFixture.Onboarded onboarded() {
        if (bank == null) {
            bank = partners.onboard(PartnerFixture.standardPolicy());
        }
        return bank;
    }

    /** A request for the enrolled person with fresh captures of these fingers, chained in order. */
    private IdaRequest request(List<String> fingers) {
        return request(enrolled.uin(), fingers);
    }

    /** A request for this UIN with fresh captures of these fingers (of the present person), chained. */
    private IdaRequest request(String uin, List<String> fingers) {
        String txn = IdaClient.newTransactionId();
        String previous = "";
        List<JsonNode> answers = new java.util.ArrayList<>();
        for (String finger : fingers) {
            JsonNode answer = capture(finger, txn, previous);
            previous = SbiStation.lastHash(answer);
            answers.add(answer);
        }
        return IdaRequest.of(uin, IdType.UIN).withTransactionId(txn).withSbiCaptures(answers);
    }

    private JsonNode capture(String finger, String txn, String previous) {
        return station.capture(finger, txn, domainUri(), previous);
    }

    private List<String> send(IdaClient client, String txn, JsonNode capture) {
        AuthResult result = client.auth(
                IdaRequest.of(enrolled.uin(), IdType.UIN).withTransactionId(txn).withSbiCaptures(List.of(capture)));
        assertThat(result.authenticated()).isFalse();
        return result.errorCodes();
    }

    /** The domain the relying-party client states in its requests. */
    private String domainUri() {
        return "http://localhost:" + port + "/";
    }

    private static ObjectNode copy(JsonNode answer) {
        return (ObjectNode) SbiStation.JSON.readTree(answer.toString());
    }

    private static ObjectNode item(JsonNode answer) {
        return (ObjectNode) answer.path("biometrics").get(0);
    }

    /** The same JWS with a payload that claims a different finger: the device signature no longer holds. */
    private static String tamperPayload(String compactJws) {
        String[] parts = compactJws.split("\\.");
        ObjectNode payload = (ObjectNode) SbiStation.payload(compactJws);
        payload.put("bioSubType", "Left IndexFinger");
        String encoded = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return parts[0] + "." + encoded + "." + parts[2];
    }
}
