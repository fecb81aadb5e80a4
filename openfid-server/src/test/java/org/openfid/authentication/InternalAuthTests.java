package org.openfid.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.partner.PartnerFixture;
import org.openfid.relyingparty.IdType;
import org.openfid.relyingparty.IdaClient;
import org.openfid.relyingparty.IdaRequest;
import org.openfid.relyingparty.IdaResponse;
import org.openfid.relyingparty.OtpChannel;
import org.openfid.relyingparty.PreparedRequest;

/**
 * Internal authentication, as the platform's own modules use it (MOSIP's {@code /internal/otp} and
 * {@code /internal/auth}): a service account instead of partner keys, requests encrypted to the
 * {@code IDA/INTERNAL} key, and MOSIP's internal policy (OTP and biometrics, never demographics).
 */
class InternalAuthTests extends AuthenticationContext {

    @Test
    void anInternalOtpAuthenticatesTheInternalCaller() throws Exception {
        Person jane = person("Jane Internal");
        IdaClient internal = internalClient();
        String txn = IdaClient.newTransactionId();

        IdaResponse sent =
                sendInternal(internal.prepareInternalOtp(jane.uin(), IdType.UIN, List.of(OtpChannel.PHONE), txn));
        assertThat(sent.errorCodes()).as(sent.json().toString()).isEmpty();
        assertThat(sent.json().path("id").asString()).isEqualTo("mosip.identity.otp.internal");
        assertThat(sent.response().path("maskedMobile").asString()).contains("X");
        String otp = otpFromSms(jane);

        IdaResponse auth = sendInternal(internal.prepareInternalAuth(
                IdaRequest.of(jane.uin(), IdType.UIN).withOtp(otp).withTransactionId(txn)));

        assertThat(auth.signatureValid()).isTrue();
        assertThat(auth.response().path("authStatus").asBoolean())
                .as(auth.json().toString())
                .isTrue();
        assertThat(auth.json().path("id").asString()).isEqualTo("mosip.identity.auth.internal");
    }

    @Test
    void theInternalPolicyAndKeyAndAccountAreEnforced() {
        Person jane = person("Jane Internal Two");
        IdaClient internal = internalClient();
        IdaRequest demo = IdaRequest.of(jane.uin(), IdType.UIN).withDemographics(demographics(jane.name(), jane.dob()));

        assertThat(sendInternal(internal.prepareInternalAuth(demo)).errorCodes())
                .as("demographics are not an internal authentication type")
                .containsExactly("IDA-MPA-006");
        IdaClient partnerKeyed = client(partners.onboard(PartnerFixture.standardPolicy()));
        assertThat(sendInternal(partnerKeyed.prepareInternalAuth(
                                IdaRequest.of(jane.uin(), IdType.UIN).withOtp("123456")))
                        .errorCodes())
                .as("encrypted to the partner key, not the internal one")
                .containsExactly("IDA-MPA-003");
        PreparedRequest anonymous =
                internal.prepareInternalOtp(jane.uin(), IdType.UIN, List.of(OtpChannel.PHONE), "1234567890");
        assertThat(internal.send(anonymous).status()).isEqualTo(401);
        assertThat(internal.send(anonymous.withPath("idauthentication/v1/internal/auth"))
                        .status())
                .isEqualTo(401);
    }
}
