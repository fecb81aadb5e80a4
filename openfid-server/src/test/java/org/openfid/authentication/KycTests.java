package org.openfid.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.partner.PartnerFixture;
import org.openfid.relyingparty.IdType;
import org.openfid.relyingparty.IdaRequest;
import org.openfid.relyingparty.KycResult;

/** e-KYC: only what the policy allows and the request asks for, in the policy's languages, for the partner's eyes. */
class KycTests extends AuthenticationContext {

    @Test
    void returnsOnlyAllowedAttributesEncryptedToThePartner() {
        Person jane = person("Jane Kyc");
        PartnerFixture.Onboarded bank = partners.onboard("""
                {"authTokenType":"partner",
                 "allowedAuthTypes":[{"authType":"demo"},{"authType":"kyc"}],
                 "allowedKycAttributes":[{"attributeName":"fullName"},{"attributeName":"dateOfBirth"},
                                         {"attributeName":"phone"}],
                 "kycLanguages":["eng"]}""");
        IdaRequest request =
                IdaRequest.of(jane.uin(), IdType.UIN).withDemographics(demographics(jane.name(), jane.dob()));

        KycResult all = client(bank).kyc(request, List.of());
        KycResult narrowed = client(bank).kyc(request, List.of("fullName", "email", "UIN"));

        assertThat(all.authenticated()).as(all.response().json().toString()).isTrue();
        assertThat(all.identity().propertyNames()).containsExactlyInAnyOrder("fullName_eng", "dateOfBirth", "phone");
        assertThat(all.identity().path("fullName_eng").asString()).isEqualTo("Jane Kyc");
        assertThat(all.identity().path("phone").asString()).isEqualTo(jane.phone());
        assertThat(narrowed.identity().propertyNames())
                .as("the request narrows, never widens, and the UIN is never returned")
                .containsExactly("fullName_eng");
        assertThat(new String(all.response().body(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Jane Kyc", jane.phone(), jane.uin());
        assertThat(all.token()).hasSize(36).isNotEqualTo(jane.uin());
    }

    @Test
    void aFailedAuthenticationReturnsNoIdentity() {
        Person jane = person("Jane Kyc");
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());

        KycResult refused = client(bank)
                .kyc(
                        IdaRequest.of(jane.uin(), IdType.UIN)
                                .withDemographics(demographics("Someone Else", jane.dob())),
                        List.of());

        assertThat(refused.authenticated()).isFalse();
        assertThat(refused.identity()).isNull();
        assertThat(refused.errorCodes()).containsExactly("IDA-DEA-001");
    }
}
