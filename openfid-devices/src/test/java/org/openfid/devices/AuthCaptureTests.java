package org.openfid.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.openfid.biosdk.SourceAfisSdk;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricTemplate;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.iso.FingerImageRecord;
import tools.jackson.databind.JsonNode;

/**
 * CAPTURE on the single-finger scanner: the ISO record encrypted for the IDA certificate and
 * decrypted here with its private key, the thumbprint, SBI 108 without a certificate, and SourceAFIS
 * matching a capture against another capture of the same person and not of another person.
 */
class AuthCaptureTests {

    static final SourceAfisSdk SDK = new SourceAfisSdk();
    final SbiClient client = SharedDevices.client();

    @Test
    void theRecordIsEncryptedForTheIdaCertificateAndHashedInTheClear() throws Exception {
        var item = client.call("CAPTURE", "/capture", SbiClient.capture("Left IndexFinger", "auth-tx-42"))
                .get("biometrics")
                .get(0);
        assertThat(item.get("error").get("errorCode").stringValue()).isEqualTo("0");
        var data = RegistrationCaptureTests.data(item);

        byte[] iso = decrypt(item, data);

        assertThat(data.get("purpose").stringValue()).isEqualTo("Auth");
        assertThat(data.get("domainUri").stringValue()).isEqualTo("https://ida.openfid.test");
        assertThat(data.get("bioSubType").stringValue()).isEqualTo("Left IndexFinger");
        RegistrationCaptureTests.checkRecord(iso, data);
        // SBI 0.9.5: data by the device key, the digital id of this L1 device by its FTM key
        var dataSigner = SharedDevices.signer(item.get("data").stringValue());
        var digitalIdSigner = SharedDevices.signer(data.get("digitalId").stringValue());
        assertThat(digitalIdSigner.getPublicKey()).isNotEqualTo(dataSigner.getPublicKey());
        assertThat(SharedDevices.subject(digitalIdSigner)).contains("FTM");
        assertThat(SharedDevices.subject(dataSigner)).doesNotContain("FTM");
        var thumbprint = MessageDigest.getInstance("SHA-256")
                .digest(SharedDevices.IDA.certificate().getEncoded());
        assertThat(item.get("thumbprint").stringValue())
                .isEqualTo(HexFormat.of().withUpperCase().formatHex(thumbprint));
        var expectedHash = RegistrationCaptureTests.sha256(RegistrationCaptureTests.concat(
                RegistrationCaptureTests.sha256(new byte[0]), RegistrationCaptureTests.sha256(iso)));
        assertThat(item.get("hash").stringValue())
                .isEqualTo(HexFormat.of().withUpperCase().formatHex(expectedHash));
    }

    @Test
    void anUnnamedFingerIsReportedAsUnknown() throws Exception {
        var item = client.call("CAPTURE", "/capture", SbiClient.capture("UNKNOWN", "auth-tx-43"))
                .get("biometrics")
                .get(0);
        var data = RegistrationCaptureTests.data(item);

        assertThat(data.get("bioSubType").stringValue()).isEqualTo("UNKNOWN");
        assertThat(FingerImageRecord.read(decrypt(item, data)).first().position())
                .isZero();
    }

    @Test
    void withoutAnIdaCertificateCaptureAnswers108() {
        try (var bare = DeviceServer.start(
                DeviceSettings.defaults(SharedDevices.dataDir("bare")).withPort(0))) {
            var item = new SbiClient(bare.uri())
                    .call("CAPTURE", "/capture", SbiClient.capture("Left IndexFinger", "auth-tx-44"))
                    .get("biometrics")
                    .get(0);

            assertThat(item.get("error").get("errorCode").stringValue()).isEqualTo("108");
            assertThat(item.get("data").stringValue()).isEmpty();
        }
    }

    @Test
    void aCaptureMatchesAnotherCaptureOfThePersonAndNotAnotherPersonWithSourceAfis() throws Exception {
        var server = SharedDevices.server();
        long person = server.person();
        var probe = captureRightIndex("match-1");
        var mate = captureRightIndex("match-2");
        BiometricTemplate stranger;
        try {
            server.present(person + 1);
            stranger = captureRightIndex("match-3");
        } finally {
            server.present(person);
        }

        var genuine = SDK.match(probe, mate);
        var impostor = SDK.match(probe, stranger);
        assertThat(genuine.matched())
                .as("same finger, score %s", genuine.score())
                .isTrue();
        assertThat(impostor.matched())
                .as("other person, score %s", impostor.score())
                .isFalse();
        assertThat(genuine.score()).isGreaterThan(SourceAfisSdk.DEFAULT_THRESHOLD);
        assertThat(impostor.score()).isLessThan(SourceAfisSdk.DEFAULT_THRESHOLD);
    }

    /** A capture's template, extracted from its decrypted ISO record as the server would. */
    private BiometricTemplate captureRightIndex(String transactionId) throws Exception {
        var item = client.call("CAPTURE", "/capture", SbiClient.capture("Right IndexFinger", transactionId))
                .get("biometrics")
                .get(0);
        var iso = decrypt(item, RegistrationCaptureTests.data(item));
        return SDK.extractTemplate(
                new BiometricSample(BiometricSubtype.RIGHT_INDEX, SampleFormat.ISO_19794_4_2011, iso));
    }

    /** The IDA side of the SBI encryption, written from the specification independently of the device. */
    static byte[] decrypt(JsonNode item, JsonNode data) throws Exception {
        var rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        rsa.init(
                Cipher.DECRYPT_MODE,
                SharedDevices.IDA.keys().getPrivate(),
                new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
        var key =
                rsa.doFinal(Base64.getUrlDecoder().decode(item.get("sessionKey").stringValue()));
        var a = data.get("timestamp").stringValue().getBytes(StandardCharsets.UTF_8);
        var b = data.get("transactionId").stringValue().getBytes(StandardCharsets.UTF_8);
        int n = Math.max(a.length, b.length);
        var xor = new byte[n];
        for (int i = 0; i < n; i++) {
            int ia = i - (n - a.length);
            int ib = i - (n - b.length);
            xor[i] = (byte) ((ia >= 0 ? a[ia] : 0) ^ (ib >= 0 ? b[ib] : 0));
        }
        var aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(
                Cipher.DECRYPT_MODE,
                new SecretKeySpec(key, "AES"),
                new GCMParameterSpec(128, Arrays.copyOfRange(xor, n - 12, n)));
        aes.updateAAD(Arrays.copyOfRange(xor, n - 16, n));
        return aes.doFinal(Base64.getUrlDecoder().decode(data.get("bioValue").stringValue()));
    }
}
