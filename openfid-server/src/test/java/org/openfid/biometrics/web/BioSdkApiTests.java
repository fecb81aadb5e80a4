package org.openfid.biometrics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.biometrics.BiometricsContext;
import org.openfid.biometrics.Prints;
import org.openfid.spi.biometrics.BiometricSample;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The BioSDK service endpoints in MOSIP's biosdk-services shape, with BioSDK status codes. */
class BioSdkApiTests extends BiometricsContext {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void initReportsFingerprintsOnly() throws Exception {
        JsonNode info = call("init", JSON.createObjectNode().putObject("initParams"));

        assertThat(info.at("/response/statusCode").asInt()).isEqualTo(200);
        assertThat(info.at("/response/response/type").asString()).isEqualTo("SourceAFIS");
        assertThat(info.at("/response/response/supportedModalities").toString()).isEqualTo("[\"FINGER\"]");
        assertThat(info.at("/response/response/supportedMethods/MATCH").toString())
                .contains("FINGER");
    }

    @Test
    void qualityExtractionAndMatchOverHttp() throws Exception {
        ObjectNode check = JSON.createObjectNode();
        check.set("sample", record(List.of(Prints.finger(2, 0, 0))));
        JsonNode quality = call("check-quality", check);

        ObjectNode extract = JSON.createObjectNode();
        extract.set("sample", record(List.of(Prints.finger(2, 0, 0))));
        JsonNode extracted = call("extract-template", extract);

        ObjectNode match = JSON.createObjectNode();
        match.set("sample", record(List.of(Prints.finger(2, 0, 1))));
        ArrayNode gallery = match.putArray("gallery");
        gallery.add(extracted.at("/response/response"));
        gallery.add(record(List.of(Prints.finger(3, 0, 0))));
        JsonNode decisions = call("match", match);

        assertThat(quality.at("/response/statusCode").asInt()).isEqualTo(200);
        assertThat(quality.at("/response/response/scores/FINGER/score").asInt()).isBetween(40, 100);
        assertThat(extracted
                        .at("/response/response/segments/0/bdbInfo/format/type")
                        .asString())
                .isEqualTo("sourceafis-3");
        assertThat(decisions.at("/response/response/0/decisions/FINGER/match").asString())
                .isEqualTo("MATCHED");
        assertThat(decisions.at("/response/response/1/decisions/FINGER/match").asString())
                .isEqualTo("NOT_MATCHED");
        assertThat(decisions.at("/response/response/1/galleryIndex").asInt()).isEqualTo(1);
    }

    @Test
    void badRequestsGetBioSdkStatusCodes() throws Exception {
        ObjectNode face = JSON.createObjectNode();
        ObjectNode segment = face.putObject("sample").putArray("segments").addObject();
        segment.putObject("bdbInfo").putArray("type").add("FACE");
        segment.put("bdb", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}));
        ObjectNode malformed = JSON.createObjectNode();
        ObjectNode broken = malformed.putObject("sample").putArray("segments").addObject();
        broken.putObject("bdbInfo").putArray("type").add("FINGER");
        broken.put("bdb", Base64.getEncoder().encodeToString(new byte[] {'F', 'I', 'R', 0}));
        ObjectNode noGallery = JSON.createObjectNode();
        noGallery.set("sample", record(List.of(Prints.finger(2, 0, 0))));

        assertThat(status("check-quality", face)).isEqualTo(401);
        assertThat(status("extract-template", malformed)).isEqualTo(401);
        assertThat(status("extract-template", JSON.createObjectNode())).isEqualTo(402);
        assertThat(status("match", noGallery)).isEqualTo(402);
        assertThat(raw("check-quality", "{\"version\":\"1.0\",\"request\":\"%%%\"}")
                        .at("/response/statusCode")
                        .asInt())
                .isEqualTo(401);
        assertThat(raw("check-quality", "{\"version\":\"1.0\"}")
                        .at("/response/statusCode")
                        .asInt())
                .isEqualTo(402);
    }

    private static ObjectNode record(List<BiometricSample> samples) {
        ObjectNode record = JSON.createObjectNode();
        ArrayNode segments = record.putArray("segments");
        for (var sample : samples) {
            ObjectNode segment = segments.addObject();
            ObjectNode info = segment.putObject("bdbInfo");
            info.putArray("type").add("FINGER");
            ArrayNode subtype = info.putArray("subtype");
            for (String part : sample.subtype().cbeffName().split(" ")) {
                subtype.add(part);
            }
            info.putObject("format").put("organization", "Mosip").put("type", "7");
            segment.put("bdb", Base64.getEncoder().encodeToString(sample.data()));
        }
        return record;
    }

    private int status(String operation, ObjectNode request) throws Exception {
        return call(operation, request).at("/response/statusCode").asInt();
    }

    private JsonNode call(String operation, ObjectNode request) throws Exception {
        String encoded = Base64.getEncoder().encodeToString(request.toString().getBytes(StandardCharsets.UTF_8));
        return raw(
                operation,
                JSON.createObjectNode()
                        .put("version", "1.0")
                        .put("request", encoded)
                        .toString());
    }

    private JsonNode raw(String operation, String body) throws Exception {
        MvcResult result = mvc.perform(post("/v1/biosdk/" + operation)
                        .header(HttpHeaders.AUTHORIZATION, AbisApiTests.regproc())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
