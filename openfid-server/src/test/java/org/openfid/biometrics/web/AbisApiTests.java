package org.openfid.biometrics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openfid.biometrics.BiometricsContext;
import org.openfid.biometrics.Prints;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.cbeff.BdbInfo;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;
import org.openfid.spi.biometrics.cbeff.CbeffXml;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The MOSIP ABIS endpoints: message shapes, failure reasons, roles. */
class AbisApiTests extends BiometricsContext {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BiometricSample FACE = new BiometricSample(
            BiometricSubtype.FACE, SampleFormat.ISO_19794_5_2011, "FAC face".getBytes(StandardCharsets.US_ASCII));

    @Autowired
    MockMvc mvc;

    @Test
    void insertIdentifyCountAndDeleteOverHttp() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        assertThat(call("insert", insert(first, cbeff(Prints.person(1, 0))))
                        .get("returnValue")
                        .asString())
                .isEqualTo("1");
        assertThat(call("insert", insert(second, cbeff(Prints.person(1, 1))))
                        .get("returnValue")
                        .asString())
                .isEqualTo("1");
        ObjectNode identify = request("identify").put("referenceId", second).put("referenceURL", "");
        identify.putObject("flags").put("maxResults", "5").put("targetFPIR", 30);
        JsonNode found = call("identify", identify);
        JsonNode count = call("referencecount", request("referenceCount"));
        JsonNode jobs = call("pendingjobs", request("pendingJobs"));
        JsonNode deleted = call("delete", request("delete").put("referenceId", first));
        JsonNode ping = call("ping", request("ping"));

        assertThat(found.get("id").asString()).isEqualTo("mosip.abis.identify");
        assertThat(found.get("returnValue").asString()).isEqualTo("1");
        assertThat(found.at("/candidateList/candidates").findValuesAsString("referenceId"))
                .contains(first)
                .doesNotContain(second);
        assertThat(found.at("/candidateList/candidates/0/modalities/0/biometricType")
                        .asString())
                .isEqualTo("FIR");
        assertThat(found.at("/candidateList/candidates/0/analytics/internalScore")
                        .asString())
                .isNotBlank();
        assertThat(Long.parseLong(count.get("count").asString())).isPositive();
        assertThat(jobs.get("jobscount").asString()).isEqualTo("0");
        assertThat(deleted.get("returnValue").asString()).isEqualTo("1");
        assertThat(ping.get("returnValue").asString()).isEqualTo("1");
        assertThat(found.has("failureReason")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> failure reason {1}")
    @CsvSource({
        "wrong id, 14",
        "wrong version, 13",
        "no request id, 6",
        "no request time, 9",
        "bad request time, 15",
        "no reference id, 5",
        "reference URL only, 7",
        "no biometrics, 8",
        "not base64, 16",
        "not CBEFF, 16",
        "face only, 16",
        "existing reference, 10"
    })
    void badInsertsGetMosipFailureReasons(String problem, String reason) throws Exception {
        ObjectNode body = insert(UUID.randomUUID().toString(), cbeff(List.of(Prints.finger(2, 0, 0))));
        switch (problem) {
            case "wrong id" -> body.put("id", "mosip.abis.identify");
            case "wrong version" -> body.put("version", "1.0");
            case "no request id" -> body.remove("requestId");
            case "no request time" -> body.remove("requesttime");
            case "bad request time" -> body.put("requesttime", "yesterday");
            case "no reference id" -> body.remove("referenceId");
            case "reference URL only" -> body.remove("biometrics");
            case "no biometrics" -> body.remove(List.of("biometrics", "referenceURL"));
            case "not base64" -> body.put("biometrics", "***");
            case "not CBEFF" -> body.put("biometrics", base64Url("<BIR>nothing</BIR>"));
            case "face only" -> body.put("biometrics", cbeff(List.of(FACE)));
            case "existing reference" -> {
                call("insert", body.deepCopy());
                body.put("biometrics", cbeff(List.of(Prints.finger(3, 0, 0))));
            }
            default -> throw new IllegalArgumentException(problem);
        }

        JsonNode answer = call("insert", body);

        assertThat(answer.get("returnValue").asString()).isEqualTo("2");
        assertThat(answer.get("failureReason").asString()).isEqualTo(reason);
        assertThat(answer.get("responsetime").asString()).isNotBlank();
    }

    @Test
    void unknownReferencesAndUnreadableBodiesAreRefused() throws Exception {
        JsonNode unknown = call(
                "identify",
                request("identify").put("referenceId", UUID.randomUUID().toString()));
        MvcResult garbage = mvc.perform(post("/v1/abis/insert")
                        .header(HttpHeaders.AUTHORIZATION, regproc())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andReturn();

        assertThat(unknown.get("failureReason").asString()).isEqualTo("12");
        assertThat(JSON.readTree(garbage.getResponse().getContentAsString())
                        .get("failureReason")
                        .asString())
                .isEqualTo("4");
    }

    @Test
    void onlyTheRegistrationProcessorAndAdministratorsMayCall() throws Exception {
        var anonymous = mvc.perform(post("/v1/abis/ping")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("ping").toString()))
                .andReturn();
        var auditor = mvc.perform(post("/v1/abis/ping")
                        .header(HttpHeaders.AUTHORIZATION, basic("auditor", REGPROC_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("ping").toString()))
                .andReturn();
        var admin = mvc.perform(post("/v1/abis/ping")
                        .header(HttpHeaders.AUTHORIZATION, basic("admin", ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("ping").toString()))
                .andReturn();

        assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
        assertThat(auditor.getResponse().getStatus()).isEqualTo(403);
        assertThat(admin.getResponse().getStatus()).isEqualTo(200);
    }

    static String cbeff(List<BiometricSample> samples) {
        var birs = samples.stream()
                .map(sample -> Bir.of(
                        BdbInfo.enrolment(UUID.randomUUID(), sample.format(), sample.subtype(), Instant.now(), 80),
                        sample.data()))
                .toList();
        return Base64.getUrlEncoder().encodeToString(CbeffXml.write(CbeffDocument.of(birs)));
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode request(String operation) {
        return JSON.createObjectNode()
                .put("id", "mosip.abis." + operation)
                .put("version", "1.1")
                .put("requestId", UUID.randomUUID().toString())
                .put("requesttime", "2026-11-22T08:00:00.000Z");
    }

    private static ObjectNode insert(String referenceId, String biometrics) {
        return request("insert")
                .put("referenceId", referenceId)
                .put("referenceURL", "https://datashare.example/unused")
                .put("biometrics", biometrics);
    }

    private JsonNode call(String path, ObjectNode body) throws Exception {
        MvcResult result = mvc.perform(post("/v1/abis/" + path)
                        .header(HttpHeaders.AUTHORIZATION, regproc())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static String regproc() {
        return basic("regproc", REGPROC_PASSWORD);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
