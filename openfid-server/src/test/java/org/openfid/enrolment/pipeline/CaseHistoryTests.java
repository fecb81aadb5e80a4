package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.enrolment.adjudication.Adjudications;
import org.openfid.enrolment.adjudication.SuspectedMatch;
import org.openfid.identity.Rid;
import org.openfid.packet.PacketProcess;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The case history endpoint: internal status, every stage with its outcome and measured cost, and
 * the RIDs a review suspected; problems for a malformed or unknown RID; closed to registration
 * clients and anonymous callers.
 */
class CaseHistoryTests extends PipelineContext {

    static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("admin:pipeline-test-admin".getBytes(StandardCharsets.UTF_8));

    @Autowired
    Adjudications adjudications;

    JsonNode history(String rid, String authorization, int status) throws Exception {
        var request = get("/v1/enrolment/cases/" + rid + "/history");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        String body = response.getContentAsString();
        return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
    }

    @Test
    void showsStagesWithTheirCostAndSuspectedMatches() throws Exception {
        String rid = rid();
        submit(rid, written(packet(rid, 4, PacketProcess.NEW), MACHINE_KEY), "NEW", "APPROVED");
        pipeline.drain();
        var found = enrolments.find(new Rid(rid)).orElseThrow();
        String earlier = rid();
        adjudications.open(
                found.id(),
                new Rid(rid),
                "RPR-BDD-REVIEW-001",
                List.of(
                        new SuspectedMatch(earlier, new Rid(earlier), null, 97.5, java.util.Map.of()),
                        new SuspectedMatch("synthetic-gallery-7", null, null, 41.0, java.util.Map.of())));

        JsonNode answer = history(rid, ADMIN, 200);

        assertThat(answer.path("rid").asString()).isEqualTo(rid);
        assertThat(answer.path("process").asString()).isEqualTo("NEW");
        assertThat(answer.path("status").asString()).isEqualTo(found.status().name());
        JsonNode first = answer.path("history").get(0);
        assertThat(first.path("stage").asString()).isEqualTo("PACKET_RECEIVER");
        assertThat(first.path("cpuMicros").asLong()).isEqualTo(-1);
        assertThat(first.path("allocatedBytes").asLong()).isEqualTo(-1);
        JsonNode validation = answer.path("history").get(1);
        assertThat(validation.path("stage").asString()).isEqualTo("PACKET_VALIDATION");
        assertThat(validation.path("outcome").asString()).isEqualTo("PASSED");
        assertThat(validation.path("code").asString()).isEqualTo("RPR-PKV-SUCCESS-001");
        assertThat(validation.path("attempt").asInt()).isEqualTo(1);
        assertThat(validation.path("cpuMicros").asLong()).isPositive();
        assertThat(validation.path("wallMicros").asLong()).isPositive();
        assertThat(validation.path("allocatedBytes").asLong())
                .as("reading and verifying a packet allocates at least the packet's own bytes")
                .isGreaterThan(10_000);
        assertThat(answer.path("suspectedMatches").get(0).asString()).isEqualTo(earlier);
        assertThat(answer.path("suspectedMatches").size())
                .as("a gallery record has no RID")
                .isEqualTo(1);
    }

    @Test
    void refusesMalformedAndUnknownRidsWithProblems() throws Exception {
        JsonNode malformed = history("12345", ADMIN, 400);
        assertThat(malformed.path("code").asString()).isEqualTo("ENR-CASE-400");
        JsonNode unknown = history("1".repeat(29), ADMIN, 404);
        assertThat(unknown.path("code").asString()).isEqualTo("ENR-CASE-404");
        assertThat(unknown.path("detail").asString()).doesNotContain("1".repeat(29));
    }

    @Test
    void isClosedToRegistrationClientsAndAnonymousCallers() throws Exception {
        String rid = rid();
        submit(rid, written(packet(rid, 5, PacketProcess.NEW), MACHINE_KEY), "NEW", "APPROVED");

        history(rid, STATION, 403);
        history(rid, null, 401);
    }
}
