package org.openfid.identity.vid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openfid.identity.IdentityContext;
import org.openfid.identity.Uin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;

/** MOSIP's ID repository VID endpoints over MockMvc, with their POST-body twins and IDR errors. */
class VidApiTests extends IdentityContext {

    static final String REGPROC = "Basic "
            + Base64.getEncoder().encodeToString("regproc:regproc-secret-123".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;

    record Answer(int status, JsonNode body) {}

    Answer call(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Answer(response.getStatus(), JSON.readTree(response.getContentAsString()));
    }

    RequestBuilder json(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
        return request.header("Authorization", REGPROC)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    String createVid(Uin uin, String type) throws Exception {
        Answer created = call(json(
                post("/idrepository/v1/vid"),
                "{\"request\":{\"vidType\":\"" + type + "\",\"UIN\":\"" + uin.value() + "\"}}"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.body().path("response").path("VID").asString();
    }

    @Test
    void createsResolvesListsRevokesAndRegeneratesVids() throws Exception {
        Uin uin = create(person()).uin();
        String vid = createVid(uin, "Temporary");

        Answer byPath = call(get("/idrepository/v1/vid/" + vid).header("Authorization", REGPROC));
        assertThat(byPath.body().path("response").path("UIN").asString()).isEqualTo(uin.value());
        Answer byBody = call(json(post("/idrepository/v1/vid/retrieve"), "{\"request\":{\"VID\":\"" + vid + "\"}}"));
        assertThat(byBody.body().path("response").path("UIN").asString()).isEqualTo(uin.value());

        Answer listed =
                call(json(post("/idrepository/v1/vid/list"), "{\"request\":{\"UIN\":\"" + uin.value() + "\"}}"));
        assertThat(listed.body().path("response").get(0).path("vid").asString()).endsWith(vid.substring(12));
        assertThat(listed.body().toString()).doesNotContain(vid);

        Answer regenerated =
                call(post("/idrepository/v1/vid/" + vid + "/regenerate").header("Authorization", REGPROC));
        String fresh = regenerated.body().path("response").path("VID").asString();
        assertThat(fresh).hasSize(16).isNotEqualTo(vid);

        Answer revoked =
                call(json(patch("/idrepository/v1/vid/" + fresh), "{\"request\":{\"vidStatus\":\"REVOKED\"}}"));
        assertThat(revoked.body().path("response").path("vidStatus").asString()).isEqualTo("REVOKED");
        Answer refused = call(get("/idrepository/v1/vid/" + fresh).header("Authorization", REGPROC));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("errorCode").asString())
                .isEqualTo("IDR-VID-001");
        assertThat(recorded.facts.stream().map(Object::toString)).noneMatch(t -> t.contains(vid) || t.contains(fresh));
    }

    @Test
    void revokingAPerpetualVidAnswersWithTheRestoredOne() throws Exception {
        Uin uin = create(person()).uin();
        String vid = createVid(uin, "Perpetual");
        Answer revoked = call(json(
                post("/idrepository/v1/vid/status"),
                "{\"request\":{\"VID\":\"" + vid + "\",\"vidStatus\":\"REVOKED\"}}"));
        String restored =
                revoked.body().path("response").path("restoredVid").path("VID").asString();
        assertThat(restored).hasSize(16).isNotEqualTo(vid);
    }

    @Test
    void deactivatesAndReactivatesEveryVidOfAUin() throws Exception {
        Uin uin = create(person()).uin();
        String vid = createVid(uin, "OneTimeUse");
        String body = "{\"request\":{\"UIN\":\"" + uin.value() + "\"}}";

        assertThat(call(json(post("/idrepository/v1/vid/deactivate"), body)).status())
                .isEqualTo(200);
        assertThat(call(get("/idrepository/v1/vid/" + vid).header("Authorization", REGPROC))
                        .body()
                        .toString())
                .contains("VID is DEACTIVATED");
        assertThat(call(json(post("/idrepository/v1/vid/reactivate"), body)).status())
                .isEqualTo(200);
        assertThat(call(get("/idrepository/v1/vid/" + vid).header("Authorization", REGPROC))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void badInputGetsIdRepositoryCodes() throws Exception {
        Uin uin = create(person()).uin();
        assertError(call(get("/idrepository/v1/vid/12ab").header("Authorization", REGPROC)), 400, "IDR-VID-001");
        assertError(
                call(get("/idrepository/v1/vid/1234567890123456").header("Authorization", REGPROC)),
                400,
                "IDR-VID-001");
        assertError(
                call(json(
                        post("/idrepository/v1/vid"),
                        "{\"request\":{\"vidType\":\"Forever\",\"UIN\":\"" + uin.value() + "\"}}")),
                400,
                "IDR-IDC-002");
        assertError(
                call(json(post("/idrepository/v1/vid"), "{\"request\":{\"vidType\":\"Perpetual\"}}")),
                400,
                "IDR-IDC-001");
        assertError(call(json(post("/idrepository/v1/vid"), "{\"request\":")), 400, "IDR-IDC-003");
        for (int i = 0; i < 5; i++) {
            createVid(uin, "OneTimeUse");
        }
        assertError(
                call(json(
                        post("/idrepository/v1/vid"),
                        "{\"request\":{\"vidType\":\"OneTimeUse\",\"UIN\":\"" + uin.value() + "\"}}")),
                400,
                "IDR-VID-003");
        assertThat(mvc.perform(get("/idrepository/v1/vid/uin/" + uin.value()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    static void assertError(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.body().path("errors").get(0).path("errorCode").asString())
                .isEqualTo(code);
    }
}
