package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.StageRecord;
import org.openfid.enrolment.StageRecord.Outcome;
import org.openfid.identity.Rid;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The operator's API: the list of paused and parked cases (ids, stages, codes, no packet value), and
 * reprocessing a parked case, which runs its stage again, is written to the history and audited;
 * every refusal is a problem that changes nothing.
 */
class StalledCasesTests extends PipelineContext {

    static final String BASE = "/v1/enrolment/cases";
    static final String OPERATOR = basic("operator:operator-secret-123");
    static final String ADMIN = basic("admin:pipeline-test-admin");

    @Autowired
    KeyedHashes hashes;

    @AfterEach
    void passAgain() {
        TestFlows.behaviour = TestFlows.Behaviour.PASS;
    }

    @Test
    void aParkedCaseIsListedThenReprocessedAndRunsAgain() throws Exception {
        TestFlows.behaviour = TestFlows.Behaviour.THROW;
        String rid = reprint();
        pipeline.drain();
        assertThat(status(rid)).isEqualTo(CaseStatus.FAILED);

        JsonNode listed = listed(call(get(BASE + "?status=FAILED&size=100"), OPERATOR, 200), rid);
        assertThat(listed.path("process").asString()).isEqualTo("RES_REPRINT");
        assertThat(listed.path("stage").asString()).isEqualTo("TEST_FIRST");
        assertThat(listed.path("status").asString()).isEqualTo("FAILED");
        assertThat(listed.path("code").asString()).isEqualTo(StageRunner.SYSTEM_ERROR);
        assertThat(listed.path("reason").asString()).isEqualTo("The stage failed: IllegalStateException");
        assertThat(listed.path("attempts").asInt()).isEqualTo(3);
        assertThat(listed.path("updatedAt").isMissingNode()).isFalse();

        TestFlows.behaviour = TestFlows.Behaviour.PASS;
        JsonNode sent = json(call(post(BASE + "/" + rid + "/reprocess"), OPERATOR, 200));

        assertThat(sent.path("status").asString()).isEqualTo("PROCESSING");
        assertThat(sent.path("attempts").asInt()).isEqualTo(1);
        assertThat(sent.path("stage").asString()).isEqualTo("TEST_FIRST");
        assertThat(enrolments.history(new Rid(rid)).getLast())
                .extracting(StageRecord::stage, StageRecord::outcome, StageRecord::reasonCode)
                .containsExactly("TEST_FIRST", Outcome.REPROCESSED, StalledCases.REPROCESSED);
        assertThat(pipeline.drain()).isEqualTo(2);
        assertThat(status(rid)).isEqualTo(CaseStatus.PROCESSED);
        assertThat(enrolments.history(new Rid(rid)).getLast().stage()).isEqualTo("TEST_SECOND");
        assertThat(audited(rid, "SUCCESS", "TEST_FIRST", "operator")).isEqualTo(1);

        MockHttpServletResponse again = call(post(BASE + "/" + rid + "/reprocess"), ADMIN, 409);
        assertThat(json(again).path("code").asString()).isEqualTo("ENR-OPS-003");
        assertThat(audited(rid, "FAILURE", "ENR-OPS-003", "admin")).isEqualTo(1);
    }

    @Test
    void pausedCasesAreListedWithTheEnrolmentTheyAwaitAndCannotBeReprocessed() throws Exception {
        TestFlows.behaviour = TestFlows.Behaviour.REVIEW;
        String awaited = reprint();
        pipeline.drain();
        TestFlows.awaited = new Rid(awaited);
        TestFlows.behaviour = TestFlows.Behaviour.HOLD_ONCE;
        String held = reprint();
        pipeline.drain();
        int steps = enrolments.history(new Rid(held)).size();

        JsonNode page = json(call(get(BASE + "?status=PAUSED&page=0&size=100"), ADMIN, 200));
        JsonNode listed = listed(page, held);
        assertThat(listed.path("code").asString()).isEqualTo("TST-ON-HOLD-001");
        assertThat(listed.path("reason").asString()).isEqualTo("waits for another enrolment");
        assertThat(listed.path("awaitedRid").asString()).isEqualTo(awaited);
        assertThat(listed(page, awaited).path("awaitedRid").isString()).isFalse();
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);

        MockHttpServletResponse refused = call(post(BASE + "/" + held + "/reprocess"), OPERATOR, 409);

        assertThat(json(refused).path("code").asString()).isEqualTo("ENR-OPS-003");
        assertThat(status(held)).isEqualTo(CaseStatus.PAUSED);
        assertThat(enrolments.history(new Rid(held))).hasSize(steps);
    }

    @Test
    void anUnknownOrMalformedRidIsAProblem() throws Exception {
        String unknown = "9".repeat(29);
        assertThat(json(call(post(BASE + "/" + unknown + "/reprocess"), OPERATOR, 404))
                        .path("code")
                        .asString())
                .isEqualTo("ENR-OPS-002");
        for (String malformed : new String[] {"123", "9".repeat(30), "1234567890123456789012345678x"}) {
            MockHttpServletResponse refused = call(post(BASE + "/" + malformed + "/reprocess"), OPERATOR, 400);
            assertThat(json(refused).path("code").asString()).isEqualTo("ENR-OPS-001");
            assertThat(json(refused).path("detail").asString()).doesNotContain(malformed);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "?status=PROCESSED",
                "?status=failed",
                "?status=FAILED&size=0",
                "?status=FAILED&size=101",
                "?status=PAUSED&page=-1",
                "?status=PAUSED&page=abc"
            })
    void aBadFilterIsRefused(String query) throws Exception {
        MockHttpServletResponse refused = call(get(BASE + query), OPERATOR, 400);

        assertThat(json(refused).path("code").asString()).isIn("ENR-OPS-004", "ENR-OPS-005");
        assertThat(json(refused).path("code").asString())
                .isEqualTo(query.contains("page") || query.contains("size") ? "ENR-OPS-005" : "ENR-OPS-004");
    }

    @Test
    void onlyOperatorsAndAdministratorsMayUseIt() throws Exception {
        String rid = reprint();
        pipeline.drain();
        String reprocess = BASE + "/" + rid + "/reprocess";

        call(get(BASE + "?status=FAILED"), STATION, 403);
        call(post(reprocess), STATION, 403);
        call(get(BASE + "?status=FAILED"), null, 401);
        call(post(reprocess), null, 401);
        call(get(BASE + "?status=FAILED"), OPERATOR, 200);
        assertThat(status(rid)).isEqualTo(CaseStatus.PROCESSED);
    }

    private int audited(String rid, String outcome, String detail, String actor) {
        String ridHash = hashes.hash(KeyRef.of("REGISTRATION_PROCESSOR", "RID_AUDIT"), rid);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(ridHash, outcome, detail, actor) > 0);
        return count(ridHash, outcome, detail, actor);
    }

    private int count(String ridHash, String outcome, String detail, String actor) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit.entry WHERE action = 'CASE_REPROCESS' AND target_hash = :hash
                        AND outcome = :outcome AND detail = :detail AND actor = :actor
                        """)
                .param("hash", ridHash)
                .param("outcome", outcome)
                .param("detail", detail)
                .param("actor", actor)
                .query(Integer.class)
                .single();
    }

    private static JsonNode listed(JsonNode page, String rid) {
        return StreamSupport.stream(page.path("cases").spliterator(), false)
                .filter(c -> c.path("rid").asString().equals(rid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + page));
    }

    private static JsonNode listed(MockHttpServletResponse response, String rid) throws Exception {
        return listed(json(response), rid);
    }

    private MockHttpServletResponse call(
            MockHttpServletRequestBuilder request, @Nullable String authorization, int expected) throws Exception {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response;
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
