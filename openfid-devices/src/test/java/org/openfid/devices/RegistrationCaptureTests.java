package org.openfid.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.biosdk.FingerprintQuality;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.iso.FingerImageRecord;
import tools.jackson.databind.JsonNode;

/** RCAPTURE on the slap scanner: signed data, ISO records, real quality scores and the hash chain. */
class RegistrationCaptureTests {

    final SbiClient client = SharedDevices.client();

    @Test
    void aLeftSlapGivesFourSignedIsoRecordsWithTheirRealQualityAndAHashChain() throws Exception {
        var answer = client.call("RCAPTURE", "/capture", SbiClient.rcapture(1, 4));

        var biometrics = answer.get("biometrics");
        assertThat(biometrics).hasSize(4);
        var names = new ArrayList<String>();
        byte[] previous = sha256(new byte[0]);
        for (var item : biometrics) {
            assertThat(item.get("error").get("errorCode").stringValue()).isEqualTo("0");
            assertThat(item.get("specVersion").stringValue()).isEqualTo("0.9.5");
            var data = SharedDevices.verified(
                    item.get("data").stringValue(), SharedDevices.server().providerCa());
            names.add(data.get("bioSubType").stringValue());
            assertThat(data.get("bioType").stringValue()).isEqualTo("Finger");
            assertThat(data.get("purpose").stringValue()).isEqualTo("Registration");
            assertThat(data.get("env").stringValue()).isEqualTo("Developer");
            assertThat(data.get("transactionId").stringValue()).isEqualTo("slap-tx-1");
            assertThat(data.get("requestedScore").intValue()).isEqualTo(40);
            assertThat(data.get("timestamp").stringValue())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            SharedDevices.verified(
                    data.get("digitalId").stringValue(), SharedDevices.server().providerCa());
            byte[] iso = Base64.getUrlDecoder().decode(data.get("bioValue").stringValue());
            checkRecord(iso, data);
            previous = sha256(concat(previous, sha256(iso)));
            assertThat(item.get("hash").stringValue())
                    .isEqualTo(HexFormat.of().withUpperCase().formatHex(previous));
            assertThat(item.has("sessionKey")).isFalse();
        }
        assertThat(names)
                .containsExactly("Left IndexFinger", "Left MiddleFinger", "Left RingFinger", "Left LittleFinger");
    }

    @Test
    void exceptionsAreSkippedAndThumbsComeFromSubIdThree() {
        var left = client.call("RCAPTURE", "/capture", SbiClient.rcapture(2, 3, "Right RingFinger"));
        var thumbs = client.call("RCAPTURE", "/capture", SbiClient.rcapture(3, 2));

        assertThat(bioSubTypes(left)).containsExactly("Right IndexFinger", "Right MiddleFinger", "Right LittleFinger");
        assertThat(bioSubTypes(thumbs)).containsExactly("Left Thumb", "Right Thumb");
    }

    /**
     * SBI 0.9.5 makes {@code bio} an array: each entry is captured and answered in order, each
     * chaining from its own {@code previousHash}.
     */
    @Test
    void severalBioEntriesAreEachAnsweredInOrder() {
        var request = SbiClient.rcapture(2, 2);
        var thumbs = ((tools.jackson.databind.node.ObjectNode)
                        request.get("bio").get(0))
                .deepCopy()
                .put("deviceSubId", 3)
                .put("count", 2);
        var startHash = HexFormat.of().withUpperCase().formatHex(sha256("earlier".getBytes()));
        thumbs.put("previousHash", startHash);
        request.withArray("bio").add(thumbs);

        var answer = client.call("RCAPTURE", "/capture", request);

        assertThat(bioSubTypes(answer))
                .containsExactly("Right IndexFinger", "Right MiddleFinger", "Left Thumb", "Right Thumb");
        var items = answer.get("biometrics");
        byte[] previous = sha256(new byte[0]);
        for (int i = 0; i < 4; i++) {
            if (i == 2) {
                previous = HexFormat.of().parseHex(startHash);
            }
            byte[] iso = Base64.getUrlDecoder()
                    .decode(data(items.get(i)).get("bioValue").stringValue());
            previous = sha256(concat(previous, sha256(iso)));
            assertThat(items.get(i).get("hash").stringValue())
                    .isEqualTo(HexFormat.of().withUpperCase().formatHex(previous));
        }
    }

    @Test
    void theChainContinuesFromTheRequestsPreviousHash() {
        var first = client.call("RCAPTURE", "/capture", SbiClient.rcapture(3, 2));
        var lastHash = first.get("biometrics").get(1).get("hash").stringValue();
        var request = SbiClient.rcapture(1, 1);
        ((tools.jackson.databind.node.ObjectNode) request.get("bio").get(0)).put("previousHash", lastHash);

        var next =
                client.call("RCAPTURE", "/capture", request).get("biometrics").get(0);
        var data = SharedDevices.verified(
                next.get("data").stringValue(), SharedDevices.server().providerCa());
        byte[] iso = Base64.getUrlDecoder().decode(data.get("bioValue").stringValue());

        var expected = sha256(concat(HexFormat.of().parseHex(lastHash), sha256(iso)));
        assertThat(next.get("hash").stringValue())
                .isEqualTo(HexFormat.of().withUpperCase().formatHex(expected));
    }

    @Test
    void eachCaptureIsANewImpressionAndAnUnreachableScoreStillReturnsTheBestWithItsRealScore() {
        var request = SbiClient.rcapture(3, 1);
        request.put("timeout", 1);
        ((tools.jackson.databind.node.ObjectNode) request.get("bio").get(0)).put("requestedScore", 100);

        var one = data(
                client.call("RCAPTURE", "/capture", request).get("biometrics").get(0));
        var two = data(
                client.call("RCAPTURE", "/capture", request).get("biometrics").get(0));

        assertThat(one.get("bioSubType").stringValue()).isEqualTo("Left Thumb");
        assertThat(one.get("bioValue").stringValue())
                .isNotEqualTo(two.get("bioValue").stringValue());
        assertThat(one.get("requestedScore").intValue()).isEqualTo(100);
        for (var data : List.of(one, two)) {
            checkRecord(Base64.getUrlDecoder().decode(data.get("bioValue").stringValue()), data);
        }
    }

    @Test
    void anOlderClientsRegistrationIdServesAsTransactionId() {
        var request = SbiClient.rcapture(3, 1);
        request.remove("transactionId");
        request.put("registrationId", "10001100010000120261122");

        var data = data(
                client.call("RCAPTURE", "/capture", request).get("biometrics").get(0));

        assertThat(data.get("transactionId").stringValue()).isEqualTo("10001100010000120261122");
    }

    /** The record parses, holds the named finger, and its quality is the algorithm's score of its image. */
    static void checkRecord(byte[] iso, JsonNode data) {
        var record = FingerImageRecord.read(iso);
        var representation = record.first();
        var image = representation.decode();
        int quality = data.get("qualityScore").intValue();
        assertThat(quality).isBetween(0, 100);
        assertThat(representation.quality()).hasValue(quality);
        assertThat(new FingerprintQuality().assess(image).score()).isEqualTo(quality);
        assertThat(image.ppi()).isEqualTo(500);
        assertThat(image.width()).isGreaterThanOrEqualTo(300);
        assertThat(image.height()).isGreaterThanOrEqualTo(300);
        var named = BiometricSubtype.ofCbeffName(
                        org.openfid.spi.biometrics.BiometricType.FINGER,
                        data.get("bioSubType").stringValue())
                .orElseThrow();
        assertThat(representation.subtype()).hasValue(named);
    }

    static JsonNode data(JsonNode item) {
        return SharedDevices.verified(
                item.get("data").stringValue(), SharedDevices.server().providerCa());
    }

    private static List<String> bioSubTypes(JsonNode answer) {
        var names = new ArrayList<String>();
        answer.get("biometrics")
                .forEach(item -> names.add(data(item).get("bioSubType").stringValue()));
        return names;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        var joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
