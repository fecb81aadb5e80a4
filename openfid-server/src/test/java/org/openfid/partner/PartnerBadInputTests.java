package org.openfid.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openfid.partner.PartnerFixture.ok;
import static org.openfid.partner.PartnerFixture.problem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Bad input gets a precise problem and changes nothing. */
class PartnerBadInputTests extends PartnerContext {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInvalidPolicyDocumentIsRefusedNamingEveryViolation() {
        ok(fixture.post("/v1/policies/groups", Map.of("name", "bad-docs", "description", "x"), fixture.admin()));
        long before = count("partner.policy");

        var result = fixture.post(
                "/v1/policies",
                Map.of(
                        "policyGroupName",
                        "bad-docs",
                        "name",
                        "broken",
                        "description",
                        "x",
                        "policyType",
                        "Auth",
                        "policies",
                        PartnerFixture.JSON_MAPPER.readTree("""
                                {"authTokenType":"sometimes",
                                 "allowedAuthTypes":[{"authType":"bio","authSubType":"TOE"},{"authType":"telepathy"}],
                                 "allowedKycAttributes":[{"attributeName":""}], "kycLanguages":["english"],
                                 "allowedAuthTyps":[]}""")),
                fixture.admin());

        assertThat(problem(result, 400)).isEqualTo("PMS_POL_019");
        assertThat(PartnerFixture.body(result))
                .contains(
                        "authTokenType",
                        "allowedAuthTypes[0].authSubType",
                        "allowedAuthTypes[1].authType",
                        "allowedKycAttributes[0].attributeName",
                        "kycLanguages",
                        "allowedAuthTyps: is not a known key");
        assertThat(count("partner.policy")).isEqualTo(before);
    }

    @Test
    void aDataSharePolicyIsValidatedByItsOwnShape() {
        ok(fixture.post("/v1/policies/groups", Map.of("name", "share-docs", "description", "x"), fixture.admin()));
        JsonNode good = PartnerFixture.JSON_MAPPER.readTree("""
                {"dataSharePolicies":{"typeOfShare":"Data Share","validForInMinutes":"30","transactionsAllowed":"2",
                  "encryptionType":"Partner Based","shareDomain":"datashare","source":"ID Repository"},
                 "shareableAttributes":[{"attributeName":"fullName","source":[{"attribute":"fullName"}],"encrypted":true}]}""");
        ok(fixture.post(
                "/v1/policies",
                Map.of(
                        "policyGroupName",
                        "share-docs",
                        "name",
                        "print-share",
                        "description",
                        "x",
                        "policyType",
                        "DataShare",
                        "policies",
                        good),
                fixture.admin()));
        JsonNode bad = PartnerFixture.JSON_MAPPER.readTree("""
                {"dataSharePolicies":{"typeOfShare":"carrier pigeon","validForInMinutes":"-1"},"shareableAttributes":[]}""");
        assertThat(problem(
                        fixture.post(
                                "/v1/policies",
                                Map.of(
                                        "policyGroupName",
                                        "share-docs",
                                        "name",
                                        "bad-share",
                                        "description",
                                        "x",
                                        "policyType",
                                        "DataShare",
                                        "policies",
                                        bad),
                                fixture.admin()),
                        400))
                .isEqualTo("PMS_POL_019");
        assertThat(problem(
                        fixture.post(
                                "/v1/policies",
                                Map.of(
                                        "policyGroupName",
                                        "share-docs",
                                        "name",
                                        "bad-type",
                                        "description",
                                        "x",
                                        "policyType",
                                        "Telepathy",
                                        "policies",
                                        good),
                                fixture.admin()),
                        400))
                .isEqualTo("PMS_COR_001");
    }

    @Test
    void registrationMistakesAreRefusedAndNothingIsStored() {
        long before = count("partner.partner");
        var admin = fixture.admin();
        assertThat(problem(fixture.post("/v1/partners", Map.of("partnerId", "x"), admin), 400))
                .isEqualTo("INVALID_INPUT");
        var badEmail = new java.util.HashMap<>(PartnerFixture.registration("telco-a", "Device_Provider", null));
        badEmail.put("contactEmail", "not an address");
        assertThat(problem(fixture.post("/v1/partners", badEmail, admin), 400)).isEqualTo("PMS_COR_001");
        assertThat(problem(
                        fixture.post(
                                "/v1/partners", PartnerFixture.registration("telco-b", "Auth_Partner", null), admin),
                        400))
                .as("an auth partner needs a policy group")
                .isEqualTo("PMS_COR_001");
        assertThat(problem(
                        fixture.post(
                                "/v1/partners", PartnerFixture.registration("bad id!", "Device_Provider", null), admin),
                        400))
                .isEqualTo("PMS_COR_001");
        assertThat(problem(
                        fixture.post(
                                "/v1/partners",
                                PartnerFixture.registration("telco-c", "Auth_Partner", "no-such-group"),
                                admin),
                        404))
                .isEqualTo("PMS_POL_016");
        assertThat(count("partner.partner")).isEqualTo(before);

        ok(fixture.post("/v1/partners", PartnerFixture.registration("telco-d", "Device_Provider", null), admin));
        assertThat(problem(
                        fixture.post(
                                "/v1/partners", PartnerFixture.registration("telco-d", "Device_Provider", null), admin),
                        409))
                .isEqualTo("PMS_PRT_002");
        assertThat(problem(fixture.post("/v1/partners/telco-d/licence-keys", Map.of(), admin), 409))
                .as("licence keys are for MISPs")
                .isEqualTo("PMS_MSP_001");
    }

    @Test
    void certificatesMustChainToAnUploadedCa() {
        var admin = fixture.admin();
        ok(fixture.post("/v1/partners", PartnerFixture.registration("device-co", "Device_Provider", null), admin));
        TestPki.Leaf stranger = TestPki.selfSigned("device-co");
        assertThat(problem(
                        fixture.put(
                                "/v1/partners/device-co/certificate",
                                Map.of("certificateData", TestPki.pem(stranger.certificate()), "partnerDomain", "AUTH"),
                                admin),
                        400))
                .isEqualTo("PMS_CER_001");
        assertThat(problem(
                        fixture.put(
                                "/v1/partners/device-co/certificate",
                                Map.of(
                                        "certificateData",
                                        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
                                        "partnerDomain",
                                        "AUTH"),
                                admin),
                        400))
                .isEqualTo("PMS_CER_001");
        assertThat(jdbc.sql("SELECT certificate_pem FROM partner.partner WHERE id = 'device-co'")
                        .query(String.class)
                        .optional())
                .isEmpty();

        TestPki otherCa = new TestPki();
        TestPki.Leaf leaf = otherCa.partner("device-co");
        assertThat(problem(
                        fixture.put(
                                "/v1/partners/device-co/certificate",
                                Map.of(
                                        "certificateData",
                                        TestPki.pem(leaf.certificate(), otherCa.intermediate, otherCa.root),
                                        "partnerDomain",
                                        "AUTH"),
                                admin),
                        400))
                .as("a chain that brings its own root is still untrusted")
                .isEqualTo("PMS_CER_001");
    }

    @Test
    void anApiKeyNeedsAnApprovedPolicyRequest() {
        var admin = fixture.admin();
        ok(fixture.post("/v1/policies/groups", Map.of("name", "approval-group", "description", "x"), admin));
        JsonNode group = ok(fixture.get("/v1/policies/groups", admin))
                .valueStream()
                .filter(g -> g.path("name").asString().equals("approval-group"))
                .findFirst()
                .orElseThrow();
        JsonNode policy = ok(fixture.post(
                "/v1/policies",
                Map.of(
                        "policyGroupName",
                        "approval-group",
                        "name",
                        "approval-policy",
                        "description",
                        "x",
                        "policyType",
                        "Auth",
                        "policies",
                        PartnerFixture.JSON_MAPPER.readTree(PartnerFixture.standardPolicy())),
                admin));
        ok(fixture.post(
                "/v1/partners", PartnerFixture.registration("shop-1", "Auth_Partner", "approval-group"), admin));
        assertThat(problem(
                        fixture.post(
                                "/v1/partners/shop-1/policy-mappings",
                                Map.of("policyName", "approval-policy", "useCaseDescription", "x"),
                                admin),
                        409))
                .as("a draft policy cannot be requested")
                .isEqualTo("PMS_POL_020");
        ok(fixture.post(
                "/v1/policies/" + policy.path("id").asString() + "/group/"
                        + group.path("id").asString() + "/publish",
                Map.of(),
                admin));
        JsonNode mapping = ok(fixture.post(
                "/v1/partners/shop-1/policy-mappings",
                Map.of("policyName", "approval-policy", "useCaseDescription", "x"),
                admin));
        assertThat(problem(
                        fixture.post(
                                "/v1/partners/shop-1/api-keys",
                                Map.of("policyName", "approval-policy", "label", "k1"),
                                admin),
                        409))
                .isEqualTo("PMS_PRT_108");
        ok(fixture.patch(
                "/v1/partners/policy-mappings/" + mapping.path("id").asString(), Map.of("approved", false), admin));
        assertThat(problem(
                        fixture.post(
                                "/v1/partners/shop-1/api-keys",
                                Map.of("policyName", "approval-policy", "label", "k1"),
                                admin),
                        409))
                .isEqualTo("PMS_PRT_108");
        assertThat(count("partner.api_key WHERE partner_id = 'shop-1'")).isZero();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
