package org.openfid.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** MOSIPDISC and MOSIPDINFO over real HTTP, CORS preflight, and unknown requests. */
class DiscoveryAndInfoTests {

    final SbiClient client = SharedDevices.client();

    @ParameterizedTest
    @ValueSource(strings = {"Biometric Device", "Finger", "Fingerprint"})
    void discoveryListsTheSlapAndTheSingleFingerScanner(String type) {
        var devices = client.call("MOSIPDISC", "/device", "{\"type\":\"" + type + "\"}");

        assertThat(devices).hasSize(2);
        var slap = devices.get(0);
        assertThat(slap.get("deviceId").stringValue()).isEqualTo("1");
        assertThat(slap.get("deviceStatus").stringValue()).isEqualTo("Ready");
        assertThat(slap.get("purpose").stringValue()).isEqualTo("Registration");
        assertThat(slap.get("certification").stringValue()).isEqualTo("L0");
        assertThat(slap.get("deviceSubId").toString()).isEqualTo("[1,2,3]");
        assertThat(slap.get("specVersion").toString()).isEqualTo("[\"0.9.5\"]");
        assertThat(slap.get("callbackId").stringValue())
                .isEqualTo(SharedDevices.server().uri().toString());
        assertThat(slap.get("error").get("errorCode").stringValue()).isEqualTo("0");
        var digitalId = SbiClient.JSON.readTree(
                Base64.getUrlDecoder().decode(slap.get("digitalId").stringValue()));
        assertThat(digitalId.get("type").stringValue()).isEqualTo("Finger");
        assertThat(digitalId.get("deviceSubType").stringValue()).isEqualTo("Slap");
        assertThat(digitalId.get("serialNo").stringValue()).matches("[1-9][0-9]{11}");
        var single = devices.get(1);
        assertThat(single.get("purpose").stringValue()).isEqualTo("Auth");
        assertThat(single.get("deviceSubId").toString()).isEqualTo("[0]");
    }

    @Test
    void discoveryOfIrisOrFaceFindsNothing() {
        assertThat(client.call("MOSIPDISC", "/device", "{\"type\":\"Iris\"}")).isEmpty();
        assertThat(client.call("MOSIPDISC", "/device", "{\"type\":\"Face\"}")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"Fingerprint scanner\"}", "{\"type\":7}", "{}"})
    void discoveryOfAnUnknownTypeAnswers501(String body) {
        var answer = client.call("MOSIPDISC", "/device", body);

        assertThat(answer.get(0).get("error").get("errorCode").stringValue()).isEqualTo("501");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":", "[]", "not json"})
    void malformedDiscoveryAnswers502(String body) {
        var answer = client.call("MOSIPDISC", "/device", body);

        assertThat(answer.get(0).get("error").get("errorCode").stringValue()).isEqualTo("502");
    }

    @Test
    void deviceInfoIsSignedByEachDeviceKeyChainedToTheProviderCa() throws Exception {
        var ca = caFromFile();
        var infos = client.call("MOSIPDINFO", "/info", "");

        assertThat(infos).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode item = infos.get(i);
            assertThat(item.get("error").get("errorCode").stringValue()).isEqualTo("0");
            var info = SharedDevices.verified(item.get("deviceInfo").stringValue(), ca);
            assertThat(info.get("env").stringValue()).isEqualTo("Developer");
            assertThat(info.get("firmware").stringValue()).isNotBlank();
            var digitalId = SharedDevices.verified(info.get("digitalId").stringValue(), ca);
            assertThat(digitalId.get("deviceProvider").stringValue()).isEqualTo("OpenFID development devices");
            assertThat(digitalId.get("deviceProviderId").stringValue()).isEqualTo("OPENFID-DEV");
            assertThat(digitalId.get("make").stringValue()).isEqualTo("OpenFID");
            assertThat(digitalId.get("dateTime").stringValue()).endsWith("Z");
        }
    }

    /**
     * SBI 0.9.5: the digital id of an L1 device is signed with its FTM key, of an L0 device with its
     * device key; the device info always with the device key.
     */
    @Test
    void theDigitalIdOfTheL1DeviceIsSignedByItsFtmKeyAndOfTheL0DeviceByItsDeviceKey() throws Exception {
        var ca = caFromFile();
        var infos = client.call("MOSIPDINFO", "/info", "");

        for (JsonNode item : infos) {
            var signedInfo = item.get("deviceInfo").stringValue();
            var info = SharedDevices.verified(signedInfo, ca);
            var signedDigitalId = info.get("digitalId").stringValue();
            var infoSigner = SharedDevices.signer(signedInfo);
            var digitalIdSigner = SharedDevices.signer(signedDigitalId);
            var serialNo =
                    SharedDevices.verified(signedDigitalId, ca).get("serialNo").stringValue();
            assertThat(SharedDevices.subject(infoSigner)).contains("SERIALNUMBER=" + serialNo);
            assertThat(SharedDevices.subject(digitalIdSigner)).contains("SERIALNUMBER=" + serialNo);
            if (info.get("certification").stringValue().equals("L1")) {
                assertThat(digitalIdSigner).isNotEqualTo(infoSigner);
                assertThat(digitalIdSigner.getPublicKey()).isNotEqualTo(infoSigner.getPublicKey());
                assertThat(SharedDevices.subject(digitalIdSigner)).contains("FTM");
            } else {
                assertThat(info.get("certification").stringValue()).isEqualTo("L0");
                assertThat(digitalIdSigner).isEqualTo(infoSigner);
            }
        }
    }

    @Test
    void aSignatureByAnotherCaIsRejected() throws Exception {
        var other = DeviceServer.start(
                DeviceSettings.defaults(SharedDevices.dataDir("other")).withPort(0));
        try (other) {
            var info = new SbiClient(other.uri()).call("MOSIPDINFO", "/info", "");
            var foreign = info.get(0).get("deviceInfo").stringValue();

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SharedDevices.verified(foreign, caFromFile()))
                    .isInstanceOf(AssertionError.class);
            assertThat(SharedDevices.verified(foreign, other.providerCa())).isNotNull();
        }
    }

    @Test
    void browsersGetTheirCorsPreflightAnswered() {
        var request = java.net.http.HttpRequest.newBuilder(
                        SharedDevices.server().uri().resolve("/capture"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://registration.example")
                .header("Access-Control-Request-Method", "RCAPTURE")
                .header("Access-Control-Request-Headers", "content-type")
                .header("Access-Control-Request-Private-Network", "true")
                .build();
        var response = send(request);

        assertThat(response.statusCode()).isEqualTo(204);
        var headers = response.headers();
        assertThat(headers.firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(headers.firstValue("Access-Control-Allow-Methods").orElseThrow())
                .contains("MOSIPDISC", "MOSIPDINFO", "CAPTURE", "RCAPTURE", "STREAM");
        assertThat(headers.firstValue("Access-Control-Allow-Headers")).hasValue("content-type");
        assertThat(headers.firstValue("Access-Control-Allow-Private-Network")).hasValue("true");
    }

    @Test
    void unknownPathsAndMethodsAnswer404And405WithSbi500() {
        var unknownPath = client.raw("MOSIPDISC", "/devices", "{\"type\":\"Finger\"}");
        var wrongMethod = client.raw("GET", "/device", "");

        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(unknownPath.body()).contains("\"errorCode\":\"500\"");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow").orElseThrow()).contains("MOSIPDISC");
    }

    private static X509Certificate caFromFile() throws Exception {
        try (var in = Files.newInputStream(SharedDevices.server().providerCaPath())) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static java.net.http.HttpResponse<String> send(java.net.http.HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
