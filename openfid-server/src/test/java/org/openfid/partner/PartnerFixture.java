package org.openfid.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.openfid.keys.Certificates;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Onboards partners through the real REST API the way an administrator and a partner would: policy
 * group and policy, partner registration, certificate upload, policy request and approval, API key,
 * MISP and licence key. Shared by the partner and authentication tests.
 */
public final class PartnerFixture {

    public static final String ADMIN = "admin";
    public static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();
    private static final JsonMapper JSON = JSON_MAPPER;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvcTester mvc;
    private final String adminPassword;
    private final TestPki pki;

    public PartnerFixture(MockMvcTester mvc, String adminPassword, TestPki pki, Certificates certificates) {
        this.mvc = mvc;
        this.adminPassword = adminPassword;
        this.pki = pki;
        try {
            certificates.uploadCaCertificate(TestPki.pem(pki.root), "AUTH");
            certificates.uploadCaCertificate(TestPki.pem(pki.intermediate), "AUTH");
        } catch (RuntimeException alreadyThere) {
            // the context is shared between test classes: the CA may be stored already
        }
    }

    /**
     * An onboarded partner.
     *
     * @param partnerId its id
     * @param policyName its policy
     * @param apiKey its API key
     * @param mispId the MISP whose licence it uses
     * @param licenceKey the licence key
     * @param leaf its signing key and certificate
     */
    public record Onboarded(
            String partnerId, String policyName, String apiKey, String mispId, String licenceKey, TestPki.Leaf leaf) {}

    /** The standard authentication policy: demo, otp, otp-request, bio FINGER, kyc; a few kyc attributes. */
    public static String standardPolicy() {
        return """
                {"authTokenType":"partner",
                 "allowedAuthTypes":[{"authType":"demo","authSubType":"","mandatory":false},
                                     {"authType":"otp","authSubType":"","mandatory":false},
                                     {"authType":"otp-request","authSubType":"","mandatory":false},
                                     {"authType":"bio","authSubType":"FINGER","mandatory":false},
                                     {"authType":"kyc","authSubType":"","mandatory":false}],
                 "allowedKycAttributes":[{"attributeName":"fullName"},{"attributeName":"dateOfBirth"},
                                         {"attributeName":"gender"},{"attributeName":"phone"}],
                 "kycLanguages":["eng","ara"]}""";
    }

    /** Onboards a new partner of type Auth_Partner under a new published policy. */
    public Onboarded onboard(String policyDocument) {
        int n = SEQUENCE.incrementAndGet();
        String group = "group-" + n + "-" + System.nanoTime() % 100000;
        String policy = "policy-" + n + "-" + System.nanoTime() % 100000;
        String partnerId = "bank-" + n + "-" + System.nanoTime() % 100000;
        JsonNode groupNode = ok(post("/v1/policies/groups", Map.of("name", group, "description", "tests"), admin()));
        JsonNode policyNode = ok(post(
                "/v1/policies",
                Map.of(
                        "policyGroupName",
                        group,
                        "name",
                        policy,
                        "description",
                        "tests",
                        "policyType",
                        "Auth",
                        "policies",
                        JSON.readTree(policyDocument)),
                admin()));
        ok(post(
                "/v1/policies/" + policyNode.path("id").asString() + "/group/"
                        + groupNode.path("id").asString() + "/publish",
                Map.of(),
                admin()));
        ok(post("/v1/partners", registration(partnerId, "Auth_Partner", group), admin()));
        TestPki.Leaf leaf = pki.partner(partnerId);
        ok(put(
                "/v1/partners/" + partnerId + "/certificate",
                Map.of("certificateData", TestPki.pem(leaf.certificate()), "partnerDomain", "AUTH"),
                admin()));
        JsonNode mapping = ok(post(
                "/v1/partners/" + partnerId + "/policy-mappings",
                Map.of("policyName", policy, "useCaseDescription", "banking KYC"),
                admin()));
        ok(patch("/v1/partners/policy-mappings/" + mapping.path("id").asString(), Map.of("approved", true), admin()));
        String apiKey = ok(post(
                        "/v1/partners/" + partnerId + "/api-keys",
                        Map.of("policyName", policy, "label", "main"),
                        admin()))
                .path("apiKey")
                .asString();
        String mispId = "misp-" + n + "-" + System.nanoTime() % 100000;
        ok(post("/v1/partners", registration(mispId, "MISP_Partner", null), admin()));
        String licence = ok(post("/v1/partners/" + mispId + "/licence-keys", Map.of(), admin()))
                .path("licenseKey")
                .asString();
        return new Onboarded(partnerId, policy, apiKey, mispId, licence, leaf);
    }

    public static Map<String, Object> registration(String id, String type, String group) {
        var body = new java.util.HashMap<String, Object>(Map.of(
                "partnerId",
                id,
                "name",
                id + " Ltd",
                "organisationName",
                id,
                "partnerType",
                type,
                "contactEmail",
                "contact@" + id + ".example"));
        if (group != null) {
            body.put("policyGroup", group);
        }
        return body;
    }

    public RequestPostProcessor admin() {
        return httpBasic(ADMIN, adminPassword);
    }

    public MvcTestResult post(String uri, Object body, RequestPostProcessor who) {
        return json(mvc.post().uri(uri), body, who);
    }

    public MvcTestResult put(String uri, Object body, RequestPostProcessor who) {
        return json(mvc.put().uri(uri), body, who);
    }

    public MvcTestResult patch(String uri, Object body, RequestPostProcessor who) {
        return json(mvc.patch().uri(uri), body, who);
    }

    private static MvcTestResult json(
            MockMvcTester.MockMvcRequestBuilder request, Object body, RequestPostProcessor who) {
        return request.with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    public MvcTestResult get(String uri, RequestPostProcessor who) {
        return mvc.get().uri(uri).with(who).exchange();
    }

    /** The JSON body of a 2xx response; fails the test with the body otherwise. */
    public static JsonNode ok(MvcTestResult result) {
        String body = body(result);
        assertThat(result.getResponse().getStatus()).as(body).isBetween(200, 299);
        return JSON.readTree(body.isEmpty() ? "{}" : body);
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problem's {@code code} of a failed response, checking the status. */
    public static String problem(MvcTestResult result, int status) {
        String body = body(result);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        return JSON.readTree(body.isEmpty() ? "{}" : body).path("code").asString();
    }
}
