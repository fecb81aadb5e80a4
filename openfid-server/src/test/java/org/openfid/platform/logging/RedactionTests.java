package org.openfid.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "amina.diallo@example.org",
                "Amina.Diallo+enrolment@mail.gov.sn",
                "x_y-z@sub.domain.museum",
            })
    void removesEmailAddresses(String email) {
        String redacted = Redaction.redact("notify " + email + " when ready");

        assertThat(redacted).isEqualTo("notify [email] when ready");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4829173650", // 10 digits: a UIN
                "4929173650123456", // 16 digits: a VID or a card number
                "10001100770000320250720143015", // 29 digits: a registration id (RID)
                "4929 1736 5012 3456", // a card number in groups
            })
    void removesIdentityAndCardNumbers(String number) {
        String redacted = Redaction.redact("identity " + number + " not found");

        assertThat(redacted).isEqualTo("identity [number] not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+91 98765 43210", "+1-202-555-0143", "(202) 555-0143", "202.555.0143", "+221771234567"})
    void removesPhoneNumbers(String phone) {
        String redacted = Redaction.redact("OTP sent to " + phone + " by SMS");

        assertThat(redacted).doesNotContain("555", "98765", "43210", "0143", "1234567");
        assertThat(redacted).startsWith("OTP sent to ").endsWith(" by SMS");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "login with password=hunter2 failed | login with password=[redacted] failed",
                "{\"password\":\"s3cr3t!\",\"user\":\"ops\"} | {\"password\":\"[redacted]\",\"user\":\"ops\"}",
                "client_secret: abc123, pin=4321 | client_secret: [redacted], pin=[redacted]",
                "apiKey=k-77 otp=123456 | apiKey=[redacted] otp=[redacted]",
            })
    void removesCredentialsInKeyValueForm(String text, String expected) {
        assertThat(Redaction.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Authorization: Basic YWRtaW46aHVudGVyMg== | Authorization: [redacted]",
                "headers {Authorization=Bearer opaque-token-77} | headers {Authorization=[redacted]}",
                "proxy-authorization: Digest username=x | proxy-authorization: [redacted]",
            })
    void removesAuthorizationHeaders(String text, String expected) {
        assertThat(Redaction.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiJhbWluYSJ9.c2lnbmF0dXJlLWJ5dGVz",
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
            })
    void removesJsonWebTokens(String jwt) {
        String redacted = Redaction.redact("token from partner: " + jwt + " (rejected)");

        assertThat(redacted).isEqualTo("token from partner: [jwt] (rejected)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"})
    void removesPemPrivateKeys(String label) {
        String pem = "-----BEGIN " + label + "-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n-----END "
                + label + "-----";

        String redacted = Redaction.redact("loaded key " + pem + " from file");

        assertThat(redacted).isEqualTo("loaded key [private-key] from file");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "q3Vt9Xw2ZbN8pLk4Hr7Ty1Uv6Ws0Qa5Ed3Fg2Hj1Kl9Zx8Cv7Bn",
                "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0",
                "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFla==",
            })
    void removesLongBase64Blobs(String blob) {
        String redacted = Redaction.redact("ciphertext " + blob + " stored");

        assertThat(redacted).isEqualTo("ciphertext [base64] stored");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Embedded PostgreSQL ready on port 41627 in 745 ms",
                "Started OpenFidApplication in 10.674 seconds (process running for 12.907)",
                "Schema keys at version 3; 12 keys rotated, 0 failed",
                "Tomcat started on port 8080 (http) with context path '/'",
                "request 0f4d1b62-1234-5678-9b3c-223344556677 completed with status 204",
                "at 2026-11-22T04:41:17.112Z the vault was unlocked by admin",
                "Could not resolve placeholder 'OPENFID_DB_URL' in value \"${OPENFID_DB_URL}\"",
            })
    void keepsOrdinaryText(String text) {
        assertThat(Redaction.redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/var/lib/openfid/openfid-data/keys/vault.p12",
                "/home/Operator1/OpenFID/openfid-data/postgres/base/16384/2619_fsm",
                "target/test-data/http-3fdd690f-027a-4b07-b183-9aff9a41f20c/postgres",
                "/tmp/embedded-pg/PG-16c5707c09eef4783fc1cb48f11a526d/bin/postgres",
            })
    void keepsFilePaths(String path) {
        String text = "data in " + path + " is ready";

        assertThat(Redaction.redact(text)).isEqualTo(text);
    }
}
