package org.openfid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The MOSIP ID repository endpoints: envelopes, IDR error codes, roles. */
class IdRepoApiTests extends IdentityContext {

    static final String BASE = "/idrepository/v1/identity";

    @Autowired
    MockMvc mvc;

    @Test
    void createReadByBodyUpdateAndCountOverHttp() throws Exception {
        ObjectNode person = person();
        Rid rid = rid();
        JsonNode created = call(post(BASE + "/"), createBody(rid, person), 200);
        String uin = created.at("/response/identity/UIN").asString();
        assertThat(created.at("/response/status").asString()).isEqualTo("ACTIVATED");
        assertThat(created.get("errors").isNull()).isTrue();

        ObjectNode retrieve = JSON.createObjectNode();
        retrieve.putObject("request")
                .put("individualId", uin)
                .put("individualIdType", "UIN")
                .put("type", "all");
        JsonNode read = call(post(BASE + "/idvid"), retrieve, 200);
        assertThat(read.at("/response/identity/fullName")).isEqualTo(person.get("fullName"));
        assertThat(read.at("/response/documents")).hasSize(2);
        String proof = read.at("/response/documents").findValue("value").asString();
        assertThat(Base64.getUrlDecoder().decode(proof)).isNotEmpty();

        ObjectNode update = JSON.createObjectNode();
        update.putObject("request")
                .put("registrationId", rid().value())
                .put("uin", uin)
                .put("version", 1)
                .putObject("identity")
                .put("postalCode", "54321");
        assertThat(call(patch(BASE + "/"), update, 200).at("/response/version").asInt())
                .isEqualTo(2);

        JsonNode byRid = call(get(BASE + "/rid/" + rid.value()), null, 200);
        assertThat(byRid.at("/response/identity/postalCode").asString()).isEqualTo("54321");
        assertThat(byRid.at("/response/documents").isMissingNode()
                        || byRid.at("/response/documents").isNull())
                .isTrue();
        JsonNode counts = call(get(BASE + "/" + uin + "/update-counts"), null, 200);
        assertThat(counts.at("/response/postalCode/count").asInt()).isEqualTo(1);
    }

    @Test
    void errorsComeAsMosipEnvelopesWithIdrCodes() throws Exception {
        ObjectNode invalid = person();
        invalid.remove("fullName");
        invalid.put("postalCode", "x");
        JsonNode failed = call(post(BASE + "/"), createBody(rid(), invalid), 400);
        assertThat(failed.get("errors")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(failed.at("/errors/0/errorCode").asString()).isEqualTo("IDR-IDC-005");

        assertThat(call(get(BASE + "/idvid/12345?type=demo"), null, 400)
                        .at("/errors/0/errorCode")
                        .asString())
                .isEqualTo("IDR-VID-004");
        assertThat(call(get(BASE + "/draft/publish/" + rid().value()), null, 404)
                        .at("/errors/0/errorCode")
                        .asString())
                .isEqualTo("IDR-IDC-017");
        assertThat(call(get(BASE + "/idvid/x?idType=PASSPORT"), null, 400)
                        .at("/errors/0/errorCode")
                        .asString())
                .isEqualTo("IDR-IDC-002");
        assertThat(call(post(BASE + "/"), JSON.createObjectNode(), 400)
                        .at("/errors/0/errorCode")
                        .asString())
                .isEqualTo("IDR-IDC-001");
    }

    @Test
    void draftsAndAuthTypeLocksOverHttp() throws Exception {
        Identities.IdentityRef created = create(person());
        Rid rid = rid();
        call(
                post(BASE + "/draft/create/" + rid.value() + "?uin="
                        + created.uin().value()),
                null,
                200);
        mvc.perform(head(BASE + "/draft/" + rid.value()).header(HttpHeaders.AUTHORIZATION, regproc()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
        ObjectNode change = JSON.createObjectNode();
        change.putObject("request").putObject("identity").put("postalCode", "11111");
        call(patch(BASE + "/draft/update/" + rid.value()), change, 200);
        assertThat(call(get(BASE + "/draft/publish/" + rid.value()), null, 200)
                        .at("/response/version")
                        .asInt())
                .isEqualTo(2);
        mvc.perform(head(BASE + "/draft/" + rid.value()).header(HttpHeaders.AUTHORIZATION, regproc()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));

        ObjectNode lock = JSON.createObjectNode();
        ObjectNode request =
                lock.putObject("request").put("individualId", created.uin().value());
        request.putArray("authTypes").addObject().put("authType", "bio-FACE").put("locked", true);
        call(post(BASE + "/authtypes/status"), lock, 200);
        JsonNode statuses = call(
                get(BASE + "/authtypes/status/individualIdType/UIN/individualId/"
                        + created.uin().value()),
                null,
                200);
        assertThat(statuses.at("/response/authTypes").toString()).contains("\"authType\":\"bio-FACE\",\"locked\":true");
    }

    @Test
    void onlyTheRegistrationProcessorAndAdministratorsGetIn() throws Exception {
        int anonymous = mvc.perform(get(BASE + "/rid/" + rid().value()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(anonymous).isEqualTo(401);
        ObjectNode status = JSON.createObjectNode();
        status.putObject("request")
                .put("individualId", "2345678901")
                .put("status", "BLOCKED")
                .put("reason", "x");
        int processor = mvc.perform(post(BASE + "/status")
                        .header(HttpHeaders.AUTHORIZATION, regproc())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(status.toString()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(processor).isEqualTo(403);
    }

    private static ObjectNode createBody(Rid rid, ObjectNode identity) {
        ObjectNode body = JSON.createObjectNode().put("id", "mosip.id.create").put("version", "v1");
        ObjectNode request = body.putObject("request").put("registrationId", rid.value());
        request.set("identity", identity);
        var documents = request.putArray("documents");
        for (IdentityDocument document : documents("http")) {
            documents
                    .addObject()
                    .put("category", document.category())
                    .put("value", Base64.getUrlEncoder().encodeToString(document.content()));
        }
        return body;
    }

    private JsonNode call(MockHttpServletRequestBuilder request, ObjectNode body, int status) throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, regproc());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body.toString());
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String regproc() {
        return "Basic "
                + Base64.getEncoder().encodeToString("regproc:regproc-secret-123".getBytes(StandardCharsets.UTF_8));
    }
}
