package org.openfid.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openfid.partner.PartnerFixture.ok;
import static org.openfid.partner.PartnerFixture.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openfid.platform.ActionTaken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The whole onboarding through the REST API, and what the authentication module is then told. */
class PartnerOnboardingTests extends PartnerContext {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOnboardedPartnerIsAuthorisedWithItsPolicyAndCertificate() throws Exception {
        PartnerFixture.Onboarded bank = fixture.onboard(PartnerFixture.standardPolicy());

        AuthorisedPartner authorised = partners.authorise(bank.licenceKey(), bank.partnerId(), bank.apiKey());

        assertThat(authorised.partner().id().value()).isEqualTo(bank.partnerId());
        assertThat(authorised.policyName()).isEqualTo(bank.policyName());
        assertThat(authorised.policy().authTokenType()).isEqualTo("partner");
        assertThat(authorised.policy().allows("bio", "FINGER")).isTrue();
        assertThat(authorised.policy().allows("bio", "IRIS")).isFalse();
        assertThat(authorised.policy().allowedKycAttributes())
                .containsExactly("fullName", "dateOfBirth", "gender", "phone");
        assertThat(authorised.certificate()).isEqualTo(bank.leaf().certificate());
        assertThat(authorised.misp().value()).isEqualTo(bank.mispId());
        assertThat(jdbc.sql("SELECT count(*) FROM partner.api_key WHERE key_hash = :k")
                        .param("k", bank.apiKey())
                        .query(Long.class)
                        .single())
                .as("keys are stored only as keyed hashes")
                .isZero();
        assertThat(facts.stream().filter(f -> f.module().equals("partner")).map(ActionTaken::action))
                .contains(
                        "PARTNER_REGISTERED",
                        "PARTNER_CERTIFICATE_UPLOADED",
                        "POLICY_MAPPING_APPROVED",
                        "API_KEY_GENERATED",
                        "LICENCE_KEY_ISSUED",
                        "POLICY_PUBLISHED");
    }

    @Test
    void eachBrokenLinkIsRefusedWithMosipsCode() {
        PartnerFixture.Onboarded bank = fixture.onboard(PartnerFixture.standardPolicy());
        PartnerFixture.Onboarded other = fixture.onboard(PartnerFixture.standardPolicy());

        assertRefused(() -> partners.authorise(bank.licenceKey(), bank.partnerId(), "not-a-key"), "IDA-MPA-009");
        assertRefused(() -> partners.authorise(bank.licenceKey(), bank.partnerId(), other.apiKey()), "IDA-MPA-009");
        assertRefused(() -> partners.authorise(bank.licenceKey(), "nobody-here", bank.apiKey()), "IDA-MPA-009");
        assertRefused(() -> partners.authorise("no-such-licence", bank.partnerId(), bank.apiKey()), "IDA-MPA-007");

        ok(fixture.patch(
                "/v1/partners/" + bank.mispId() + "/licence-keys",
                Map.of("licenseKey", bank.licenceKey(), "active", false),
                fixture.admin()));
        assertRefused(() -> partners.authorise(bank.licenceKey(), bank.partnerId(), bank.apiKey()), "IDA-MPA-017");
        assertRefused(() -> partners.authorise(other.licenceKey(), other.partnerId(), other.apiKey()), null);

        ok(fixture.patch(
                "/v1/partners/" + other.partnerId() + "/api-keys/main", Map.of("active", false), fixture.admin()));
        assertRefused(() -> partners.authorise(other.licenceKey(), other.partnerId(), other.apiKey()), "IDA-MPA-012");
        ok(fixture.patch(
                "/v1/partners/" + other.partnerId() + "/api-keys/main", Map.of("active", true), fixture.admin()));

        ok(fixture.patch("/v1/partners/" + other.partnerId() + "/status", Map.of("active", false), fixture.admin()));
        assertRefused(() -> partners.authorise(other.licenceKey(), other.partnerId(), other.apiKey()), "IDA-MPA-012");
        ok(fixture.patch("/v1/partners/" + other.partnerId() + "/status", Map.of("active", true), fixture.admin()));

        JsonNode policy = ok(fixture.get("/v1/policies", fixture.admin()))
                .valueStream()
                .filter(p -> p.path("name").asString().equals(other.policyName()))
                .findFirst()
                .orElseThrow();
        String groupId = ok(fixture.get("/v1/policies/groups", fixture.admin()))
                .valueStream()
                .filter(g ->
                        g.path("name").asString().equals(policy.path("group").asString()))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asString();
        ok(fixture.patch(
                "/v1/policies/" + policy.path("id").asString() + "/group/" + groupId,
                Map.of("active", false),
                fixture.admin()));
        assertRefused(() -> partners.authorise(other.licenceKey(), other.partnerId(), other.apiKey()), "IDA-MPA-019");
    }

    @Test
    void expiredKeysAreRefused() {
        PartnerFixture.Onboarded bank = fixture.onboard(PartnerFixture.standardPolicy());
        clock.advance(Duration.ofDays(366));
        assertRefused(() -> partners.authorise(bank.licenceKey(), bank.partnerId(), bank.apiKey()), "IDA-MPA-039");
    }

    @Test
    void aPolicyUpdateIsANewVersionThatTakesEffectAtOnce() {
        PartnerFixture.Onboarded bank = fixture.onboard(PartnerFixture.standardPolicy());
        assertThat(partners.authorise(bank.licenceKey(), bank.partnerId(), bank.apiKey())
                        .policy()
                        .allows("otp", null))
                .isTrue();
        JsonNode policy = ok(fixture.get("/v1/policies", fixture.admin()))
                .valueStream()
                .filter(p -> p.path("name").asString().equals(bank.policyName()))
                .findFirst()
                .orElseThrow();

        JsonNode updated = ok(fixture.put(
                "/v1/policies/" + policy.path("id").asString(),
                Map.of("description", "demo only", "policies", PartnerFixture.JSON_MAPPER.readTree("""
                        {"authTokenType":"random","allowedAuthTypes":[{"authType":"demo","mandatory":true}],
                         "allowedKycAttributes":[]}""")),
                fixture.admin()));

        assertThat(updated.path("version").asInt()).isEqualTo(2);
        assertThat(ok(fixture.get("/v1/policies/" + policy.path("id").asString() + "/versions", fixture.admin())))
                .hasSize(2);
        AuthPolicy now = partners.authorise(bank.licenceKey(), bank.partnerId(), bank.apiKey())
                .policy();
        assertThat(now.allows("otp", null)).isFalse();
        assertThat(now.mandatory())
                .extracting(AuthPolicy.AllowedAuthType::authType)
                .containsExactly("demo");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        if (code == null) {
            org.assertj.core.api.Assertions.assertThatCode(call).doesNotThrowAnyException();
            return;
        }
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        PartnerException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aPartnerAccountActsOnlyOnItsOwnPartner() {
        PartnerFixture.Onboarded stranger = fixture.onboard(PartnerFixture.standardPolicy());
        var self = httpBasic("bank-self", "bank-self-secret");
        ok(fixture.post(
                "/v1/partners", PartnerFixture.registration("bank-self", "Device_Provider", null), fixture.admin()));
        ok(fixture.get("/v1/partners/bank-self", self));

        assertThat(problem(fixture.get("/v1/partners/" + stranger.partnerId(), self), 403))
                .isEqualTo("PMS_ATH_403");
        assertThat(problem(
                        fixture.post(
                                "/v1/partners/" + stranger.partnerId() + "/api-keys",
                                Map.of("policyName", stranger.policyName(), "label", "stolen"),
                                self),
                        403))
                .isEqualTo("PMS_ATH_403");
        assertThat(problem(fixture.patch("/v1/partners/bank-self/status", Map.of("active", true), self), 403))
                .isEqualTo("PMS_ATH_403");
        assertThat(fixture.post("/v1/policies/groups", Map.of("name", "sneaky", "description", "x"), self)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(fixture.get("/v1/partners", httpBasic("bank-self", "wrong"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        ok(fixture.get("/v1/partners", httpBasic("partner-admin", "partner-admin-secret")));
    }
}
