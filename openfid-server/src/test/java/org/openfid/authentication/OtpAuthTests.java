package org.openfid.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openfid.partner.PartnerFixture;
import org.openfid.relyingparty.AuthResult;
import org.openfid.relyingparty.IdType;
import org.openfid.relyingparty.IdaClient;
import org.openfid.relyingparty.IdaRequest;
import org.openfid.relyingparty.OtpChannel;
import org.openfid.relyingparty.OtpResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * OTP authentication end to end: the partner asks for an OTP, the person receives it by SMS (a real
 * local HTTP gateway) and e-mail (a real SMTP server), and the partner authenticates with it.
 */
class OtpAuthTests extends AuthenticationContext {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOtpSentBySmsAndEmailAuthenticatesOnceForItsTransaction() throws Exception {
        Person jane = person("Jane Otp");
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());
        IdaClient client = client(bank);

        OtpResult sent = client.requestOtp(jane.uin(), IdType.UIN, List.of(OtpChannel.PHONE, OtpChannel.EMAIL));

        assertThat(sent.sent()).as(sent.response().json().toString()).isTrue();
        assertThat(sent.maskedMobile())
                .endsWith(jane.phone().substring(jane.phone().length() - 4))
                .contains("X");
        assertThat(sent.maskedEmail()).endsWith("@example.org").contains("X");
        String otp = otpFromSms(jane);
        assertThat(otpFromMail(jane)).isEqualTo(otp);
        assertThat(jdbc.sql("SELECT count(*) FROM authentication.otp_transaction WHERE otp_hash = :otp")
                        .param("otp", otp)
                        .query(Long.class)
                        .single())
                .as("only a keyed hash is stored")
                .isZero();

        AuthResult wrongTransaction =
                client.auth(IdaRequest.of(jane.uin(), IdType.UIN).withOtp(otp));
        AuthResult ok =
                client.auth(IdaRequest.of(jane.uin(), IdType.UIN).withOtp(otp).withTransactionId(sent.transactionId()));
        AuthResult reused =
                client.auth(IdaRequest.of(jane.uin(), IdType.UIN).withOtp(otp).withTransactionId(sent.transactionId()));

        assertThat(wrongTransaction.errorCodes()).containsExactly("IDA-OTA-005");
        assertThat(ok.authenticated()).as(ok.response().json().toString()).isTrue();
        assertThat(reused.errorCodes()).containsExactly("IDA-OTA-012");
    }

    @Test
    void guessingIsFrozenAfterFiveWrongOtps() throws Exception {
        Person jane = person("Jane Guess");
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());
        IdaClient client = client(bank);
        OtpResult sent = client.requestOtp(jane.uin(), IdType.UIN, List.of(OtpChannel.PHONE));
        String otp = otpFromSms(jane);
        String wrong = otp.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(client.auth(IdaRequest.of(jane.uin(), IdType.UIN)
                                    .withOtp(wrong)
                                    .withTransactionId(sent.transactionId()))
                            .errorCodes())
                    .containsExactly("IDA-OTA-004");
        }
        AuthResult right =
                client.auth(IdaRequest.of(jane.uin(), IdType.UIN).withOtp(otp).withTransactionId(sent.transactionId()));
        assertThat(right.errorCodes()).as("frozen, even for the right OTP").containsExactly("IDA-OTA-013");
        assertThat(client.requestOtp(jane.uin(), IdType.UIN, List.of(OtpChannel.PHONE))
                        .errorCodes())
                .containsExactly("IDA-OTA-013");

        clock.advance(Duration.ofMinutes(31));
        OtpResult again = client.requestOtp(jane.uin(), IdType.UIN, List.of(OtpChannel.PHONE));
        assertThat(again.sent()).isTrue();
    }

    @Test
    void expiredOtpsChannelsAndPolicyAreChecked() throws Exception {
        Person jane = person("Jane Late");
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());
        PartnerFixture.Onboarded demoOnly = partners.onboard("""
                {"authTokenType":"partner","allowedAuthTypes":[{"authType":"demo"}],"allowedKycAttributes":[]}""");
        IdaClient client = client(bank);

        OtpResult sent = client.requestOtp(jane.uin(), IdType.UIN, List.of(OtpChannel.PHONE));
        String otp = otpFromSms(jane);
        clock.advance(Duration.ofMinutes(4));
        assertThat(client.auth(IdaRequest.of(jane.uin(), IdType.UIN)
                                .withOtp(otp)
                                .withTransactionId(sent.transactionId()))
                        .errorCodes())
                .containsExactly("IDA-OTA-003");
        assertThat(client.requestOtp(jane.uin(), IdType.UIN, List.of()).errorCodes())
                .containsExactly("IDA-OTA-008");
        assertThat(client(demoOnly)
                        .requestOtp(jane.uin(), IdType.UIN, List.of(OtpChannel.PHONE))
                        .errorCodes())
                .containsExactly("IDA-MPA-005");
    }

    @Test
    void manyConcurrentOtpRequestsAllGoThroughWithoutStarvingTheConnectionPool() throws Exception {
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());
        IdaClient client = client(bank);
        List<Person> people = java.util.stream.IntStream.range(0, 16)
                .mapToObj(i -> person("Many Otp"))
                .toList();

        List<java.util.concurrent.Future<OtpResult>> results = new java.util.ArrayList<>();
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (Person person : people) {
                results.add(
                        executor.submit(() -> client.requestOtp(person.uin(), IdType.UIN, List.of(OtpChannel.PHONE))));
            }
        }

        for (var result : results) {
            assertThat(result.get().sent())
                    .as(result.get().errorCodes().toString())
                    .isTrue();
        }
        for (Person person : people) {
            otpFromSms(person);
        }
    }

    @Override
    protected String otpFromSms(Person person) throws InterruptedException {
        String otp = super.otpFromSms(person);
        assertThat(otpSms(person).text()).as("both languages").contains("one-time password", "كلمة المرور");
        return otp;
    }

    private String otpFromMail(Person person) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(person.email())) {
                    assertThat(message.getSubject())
                            .contains("one-time password")
                            .contains("/");
                    Matcher matcher = SIX_DIGITS.matcher(message.getContent().toString());
                    assertThat(matcher.find()).isTrue();
                    return matcher.group(1);
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("No e-mail arrived");
    }
}
