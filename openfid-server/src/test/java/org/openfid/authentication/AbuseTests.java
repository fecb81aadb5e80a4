package org.openfid.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.partner.PartnerFixture;
import org.openfid.partner.TestPki;
import org.openfid.platform.ActionTaken;
import org.openfid.relyingparty.IdType;
import org.openfid.relyingparty.IdaClient;
import org.openfid.relyingparty.IdaRequest;
import org.openfid.relyingparty.IdaResponse;
import org.openfid.relyingparty.PreparedRequest;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad and hostile requests: each is refused with MOSIP's error code, signed, audited, and never
 * authenticates anyone; refusals before the person is looked up are the same whether the UIN exists.
 */
class AbuseTests extends AuthenticationContext {

    @Test
    void tamperedOrMisdirectedEncryptionIsRefused() {
        Person jane = person("Jane Roe");
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());
        IdaClient client = client(bank);
        PreparedRequest good = client.prepareAuth(request(jane));

        assertRefused(
                client,
                resigned(
                        good,
                        bank,
                        json(good)
                                .put(
                                        "request",
                                        flipped(json(good).path("request").asString()))),
                "IDA-MPA-003");
        assertRefused(
                client,
                resigned(
                        good,
                        bank,
                        json(good)
                                .put(
                                        "requestHMAC",
                                        json(client.prepareAuth(request(jane)))
                                                .path("requestHMAC")
                                                .asString())),
                "IDA-MPA-003");
        assertRefused(client, resigned(good, bank, json(good).put("thumbprint", "A".repeat(43))), "IDA-MPA-003");
        assertRefused(client, resigned(good, bank, json(good).put("requestSessionKey", "AAAA")), "IDA-MPA-003");
        assertRefused(
                client,
                good.withBody(good.bodyText().replace("\"consentObtained\":true", "\"consentObtained\":false")),
                "IDA-MPA-001");
    }

    @Test
    void signaturesMustComeFromTheRegisteredCertificate() {
        Person jane = person("Jane Roe");
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());
        IdaClient client = client(bank);
        PreparedRequest good = client.prepareAuth(request(jane));
        TestPki.Leaf stranger = PKI.partner("stranger");
        TestPki.Leaf selfSigned = TestPki.selfSigned(bank.partnerId());

        assertRefused(client, good.withHeader("signature", null), "IDA-MPA-001");
        assertRefused(client, good.withHeader("signature", "not-a-jws"), "IDA-MPA-001");
        assertRefused(client, signedBy(good, stranger), "IDA-MPA-021");
        assertRefused(client, signedBy(good, selfSigned), "IDA-MPA-021");
        String header = good.headers().get("signature");
        String otherSignature = client.prepareAuth(request(jane)).headers().get("signature");
        assertRefused(
                client,
                good.withHeader(
                        "signature",
                        header.substring(0, header.lastIndexOf('.'))
                                + otherSignature.substring(otherSignature.lastIndexOf('.'))),
                "IDA-MPA-001");
    }

    @Test
    void staleRequestsAndReplaysAreRefused() {
        Person jane = person("Jane Roe");
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());
        IdaClient client = client(bank);

        assertRefused(
                client,
                client.prepareAuth(request(jane).withRequestTime(clock.instant().minus(Duration.ofMinutes(5)))),
                "IDA-MLC-001");
        assertRefused(
                client,
                client.prepareAuth(request(jane).withRequestTime(clock.instant().plus(Duration.ofMinutes(5)))),
                "IDA-MLC-001");
        PreparedRequest once = client.prepareAuth(request(jane));
        IdaResponse first = client.send(once);
        assertThat(first.response().path("authStatus").asBoolean())
                .as(first.json().toString())
                .isTrue();
        assertRefused(client, once, "IDA-MLC-009");
        assertThat(client.send(once.withBody(once.bodyText())).errorCodes()).containsExactly("IDA-MLC-009");
    }

    /**
     * The record that claims a transaction id is written at the end of the request's transaction, so
     * copies racing the original must still be refused: exactly one of several simultaneous identical
     * requests authenticates, and the person's history shows that one success only.
     */
    @Test
    void simultaneousCopiesOfOneRequestAuthenticateOnce() throws Exception {
        Person jane = person("Jane Race");
        IdaClient client = client(partners.onboard(PartnerFixture.standardPolicy()));
        PreparedRequest once = client.prepareAuth(request(jane));
        List<java.util.concurrent.Future<IdaResponse>> copies = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                copies.add(pool.submit(() -> client.send(once)));
            }
        }
        int accepted = 0;
        for (var copy : copies) {
            IdaResponse response = copy.get();
            if (response.response().path("authStatus").asBoolean(false)) {
                accepted++;
            } else {
                assertThat(response.errorCodes()).containsExactly("IDA-MLC-009");
            }
        }
        assertThat(accepted).isEqualTo(1);
        assertThat(
                        history
                                .history(
                                        org.openfid.identity.IndividualId.of(new org.openfid.identity.Uin(jane.uin())),
                                        20)
                                .stream()
                                .filter(org.openfid.authentication.AuthTransaction::success)
                                .count())
                .isEqualTo(1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    AuthTransactions history;

    @Test
    void partnerKeysMustBelongTogether() {
        Person jane = person("Jane Roe");
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());
        PartnerFixture.Onboarded other = partners.onboard(PartnerFixture.standardPolicy());
        IdaClient client = client(bank);
        PreparedRequest good = client.prepareAuth(request(jane));
        String base = "idauthentication/v1/auth/";

        assertRefused(client, good.withPath(base + bank.licenceKey() + "/nobody-here/" + bank.apiKey()), "IDA-MPA-009");
        assertRefused(
                client,
                good.withPath(base + bank.licenceKey() + "/" + bank.partnerId() + "/" + other.apiKey()),
                "IDA-MPA-009");
        assertRefused(
                client,
                good.withPath(base + "no-such-licence/" + bank.partnerId() + "/" + bank.apiKey()),
                "IDA-MPA-007");
        assertRefused(client, good.withPath(base + bank.licenceKey() + "/" + bank.partnerId()), "IDA-MPA-038");
        assertRefused(client, good.withPath(base + bank.licenceKey() + "//" + bank.apiKey()), "IDA-MPA-038");
        assertRefused(client, good.withPath("idauthentication/v1/kyc"), "IDA-MPA-038");
        assertThat(client.send(good.withPath(base + "a/b/c/d")).status()).isEqualTo(404);

        IdaResponse unknownUin = client.send(client.prepareAuth(request(jane)).withPath(base + "x/y/z"));
        IdaResponse knownUin = client.send(good.withPath(base + "x/y/z"));
        assertThat(unknownUin.errorCodes()).isEqualTo(knownUin.errorCodes()).containsExactly("IDA-MPA-009");
    }

    @Test
    void thePolicyDecidesWhichTypesMayBeUsed() {
        Person jane = person("Jane Roe");
        PartnerFixture.Onboarded otpOnly = partners.onboard("""
                {"authTokenType":"partner","allowedAuthTypes":[{"authType":"otp","authSubType":"","mandatory":true}],
                 "allowedKycAttributes":[]}""");
        IdaClient client = client(otpOnly);

        IdaResponse demo = client.send(client.prepareAuth(request(jane)));
        IdaResponse kyc = client.send(client.prepareKyc(request(jane), List.of()));

        assertThat(demo.errorCodes()).containsExactlyInAnyOrder("IDA-MPA-006", "IDA-MPA-015");
        assertThat(kyc.errorCodes()).containsExactly("IDA-MPA-013");
        assertThat(client.send(client.prepareAuth(IdaRequest.of(jane.uin(), IdType.UIN)))
                        .errorCodes())
                .containsExactly("IDA-MLC-008");
    }

    @Test
    void malformedAndOversizedBodiesAreRefusedWithoutAStackTrace() {
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());
        IdaClient client = client(bank);
        Person jane = person("Jane Roe");
        PreparedRequest good = client.prepareAuth(request(jane));

        IdaResponse garbage = client.send(signed(good.withBody("{not json"), bank));
        assertThat(garbage.status()).isEqualTo(200);
        assertThat(garbage.errorCodes()).containsExactly("IDA-MLC-009");
        assertThat(garbage.signatureValid()).isTrue();
        assertThat(new String(garbage.body(), StandardCharsets.UTF_8)).doesNotContain("Exception", "at org.");

        ObjectNode missing = json(good);
        missing.remove("individualIdType");
        missing.remove("transactionID");
        assertThat(client.send(resigned(good, bank, missing)).errorCodes()).contains("IDA-MLC-006");

        IdaResponse huge = client.send(good.withBody(new byte[3 * 1024 * 1024]));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.errorCodes()).containsExactly("IDA-MLC-009");

        IdaResponse badUin = client.send(client.prepareAuth(
                IdaRequest.of("1234567890", IdType.UIN).withDemographics(demographics("Jane Roe", "1990/05/15"))));
        assertThat(badUin.errorCodes()).containsExactly("IDA-MLC-002");
        assertThat(facts.stream()
                        .filter(f -> f.module().equals("authentication") && f.outcome() == ActionTaken.Outcome.FAILURE))
                .extracting(ActionTaken::detail)
                .contains("IDA-MLC-009", "IDA-MLC-002");
    }

    @Test
    void lockedTypesAndInactiveIdentitiesAreRefused() {
        Person jane = person("Jane Roe");
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());
        IdaClient client = client(bank);
        var id = org.openfid.identity.IndividualId.of(new org.openfid.identity.Uin(jane.uin()));
        locks.change(id, List.of(new org.openfid.identity.AuthTypeLocks.AuthTypeStatus("demo", true, null)));

        assertThat(client.auth(request(jane)).errorCodes()).containsExactly("IDA-MLC-019");

        locks.change(id, List.of(new org.openfid.identity.AuthTypeLocks.AuthTypeStatus("demo", false, null)));
        assertThat(client.auth(request(jane)).authenticated()).isTrue();
        identities.changeStatus(id, org.openfid.identity.UinStatus.BLOCKED, "suspected fraud");
        assertThat(client.auth(request(jane)).errorCodes()).containsExactly("IDA-MLC-022");
        assertThat(client.auth(IdaRequest.of(validUnknownUin(), IdType.UIN)
                                .withDemographics(demographics("Jane Roe", "1990/05/15")))
                        .errorCodes())
                .containsExactly("IDA-MLC-018");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.openfid.identity.AuthTypeLocks locks;

    @org.springframework.beans.factory.annotation.Autowired
    org.openfid.identity.IdNumbers numbers;

    private String validUnknownUin() {
        for (long n = 2_345_678_901L; ; n++) {
            if (numbers.isValidUin(Long.toString(n))
                    && identities
                            .find(new org.openfid.identity.Uin(Long.toString(n)))
                            .isEmpty()) {
                return Long.toString(n);
            }
        }
    }

    private static void assertRefused(IdaClient client, PreparedRequest request, String code) {
        IdaResponse response = client.send(request);
        assertThat(response.signatureValid()).as("every answer is signed").isTrue();
        assertThat(response.response().path("authStatus").asBoolean(false)).isFalse();
        assertThat(response.errorCodes())
                .as(response.json() == null ? "" : response.json().toString())
                .contains(code);
    }

    private static IdaRequest request(Person person) {
        return IdaRequest.of(person.uin(), IdType.UIN).withDemographics(demographics(person.name(), person.dob()));
    }

    private static ObjectNode json(PreparedRequest request) {
        return (ObjectNode) JSON.readTree(request.body());
    }

    private static String flipped(String base64url) {
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(base64url);
        bytes[bytes.length / 2] ^= 1;
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The altered body, signed again by the partner (so only the altered part is wrong). */
    private static PreparedRequest resigned(
            PreparedRequest request, PartnerFixture.Onboarded partner, ObjectNode body) {
        return signed(request.withBody(JSON.writeValueAsBytes(body)), partner);
    }

    private static PreparedRequest signed(PreparedRequest request, PartnerFixture.Onboarded partner) {
        return signedBy(request, partner.leaf());
    }

    private static PreparedRequest signedBy(PreparedRequest request, TestPki.Leaf leaf) {
        try {
            var header = new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256)
                    .x509CertChain(List.of(com.nimbusds.jose.util.Base64.encode(
                            leaf.certificate().getEncoded())))
                    .build();
            var jws = new com.nimbusds.jose.JWSObject(header, new com.nimbusds.jose.Payload(request.body()));
            jws.sign(new com.nimbusds.jose.crypto.RSASSASigner(leaf.keys().getPrivate()));
            return request.withHeader("signature", jws.serialize(true));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
