package org.openfid.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** MOSIP's registration status search: external statuses, unknown RIDs, bad requests, access. */
class StatusTests extends IntakeContext {

    JsonNode search(String authorization, String body) throws Exception {
        return call(post(SEARCH)
                .header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static String searchBody(String... rids) {
        var body = JSON.createObjectNode();
        body.put("id", "mosip.registration.status");
        var list = body.putArray("request");
        for (String rid : rids) {
            list.addObject().put("registrationId", rid);
        }
        return body.toString();
    }

    @Test
    void answersReceivedUploadPendingAndNotFound() throws Exception {
        String[] ids = centreWithMachine(true);
        String received = received(ids, packet(20, 1_500));
        String pending = rid(ids);
        sync(ids, syncBody(entry(pending, "AB".repeat(32), 10)));
        String unknown = rid(ids);

        JsonNode answer = search(REGPROC, searchBody(received, pending, unknown, "12"));
        assertThat(answer.path("id").asString()).isEqualTo("mosip.registration.status");
        assertThat(answer.path("response").toString())
                .isEqualTo("[{\"registrationId\":\"" + received + "\",\"statusCode\":\"RECEIVED\"},"
                        + "{\"registrationId\":\"" + pending + "\",\"statusCode\":\"UPLOAD_PENDING\"}]");
        assertThat(answer.path("errors").size()).isEqualTo(2);
        assertThat(answer.path("errors").get(0).path("registrationId").asString())
                .isEqualTo(unknown);
        assertThat(errorCode(answer)).isEqualTo("RPR-RGS-031");
        assertThat(search(STATION, searchBody(received))
                        .path("response")
                        .get(0)
                        .path("statusCode")
                        .asString())
                .isEqualTo("RECEIVED");
    }

    @Test
    void refusesBadRequestsAndStrangers() throws Exception {
        assertThat(errorCode(search(REGPROC, "not json"))).isEqualTo("RPR-RGS-017");
        assertThat(errorCode(search(REGPROC, "{\"request\": []}"))).isEqualTo("RPR-RGS-013");
        assertThat(mvc.perform(post(SEARCH)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(searchBody("1")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }
}
