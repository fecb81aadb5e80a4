package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.StageRecord;
import org.openfid.identity.Rid;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/** The adjudication API: the queue, one review, the decision, and every way a request is refused. */
class AdjudicationApiTests extends AdjudicationContext {

    private static final String BASE = "/v1/enrolment/adjudications";

    @Autowired
    KeyedHashes hashes;

    @Test
    void theQueueListsOpenReviewsOldestFirstInPages() throws Exception {
        String older = pausedCase();
        String newer = pausedCase();

        JsonNode all = json(call(get(BASE + "?page=0&size=100"), ADJUDICATOR, 200));
        List<String> rids = new ArrayList<>();
        all.path("reviews").forEach(r -> rids.add(r.path("rid").asString()));
        assertThat(rids).containsSubsequence(older, newer);
        JsonNode first = all.path("reviews").get(rids.indexOf(older));
        assertThat(first.path("reasonCode").asString()).isEqualTo(REVIEW_CODE);
        assertThat(first.path("candidates").asInt()).isPositive();
        assertThat(first.path("topScore").asDouble()).isPositive();

        int total = all.path("total").asInt();
        JsonNode last = json(call(get(BASE + "?page=" + (total - 1) + "&size=1"), ADJUDICATOR, 200));
        assertThat(last.path("reviews")).hasSize(1);
        assertThat(last.path("reviews").get(0).path("rid").asString()).isEqualTo(rids.getLast());
        assertThat(json(call(get(BASE + "?page=" + total + "&size=1"), ADJUDICATOR, 200))
                        .path("reviews"))
                .isEmpty();
    }

    @Test
    void aReviewShowsTheCandidatesTheirScoresAndTheCaseHistory() throws Exception {
        String rid = pausedCase();

        JsonNode review = json(call(get(BASE + "/" + rid), ADJUDICATOR, 200));

        assertThat(review.path("rid").asString()).isEqualTo(rid);
        assertThat(review.path("caseStatus").asString()).isEqualTo("PAUSED");
        assertThat(review.path("verdict").isMissingNode()).isTrue();
        assertThat(review.path("receivedAt").asString()).isNotBlank();
        JsonNode candidates = review.path("candidates");
        double previous = Double.MAX_VALUE;
        JsonNode first = null;
        for (JsonNode candidate : candidates) {
            assertThat(candidate.path("referenceId").asString()).isNotBlank();
            assertThat(candidate.path("score").asDouble()).isPositive().isLessThanOrEqualTo(previous);
            assertThat(candidate.path("scores").size()).isEqualTo(FINGERS.size());
            previous = candidate.path("score").asDouble();
            if (candidate.path("rid").asString().equals(originalOf(rid))) {
                first = candidate;
            }
        }
        assertThat(first).as("the first registration is a candidate").isNotNull();
        String identity = jdbc.sql("SELECT identity_id::text FROM enrolment.enrolment_case WHERE rid = :rid")
                .param("rid", originalOf(rid))
                .query(String.class)
                .single();
        assertThat(first.path("identityId").asString()).isEqualTo(identity);
        List<String> stages = new ArrayList<>();
        review.path("history")
                .forEach(h -> stages.add(
                        h.path("stage").asString() + ":" + h.path("outcome").asString()));
        assertThat(stages.getFirst()).isEqualTo("PACKET_RECEIVER:PASSED");
        assertThat(stages).contains("BIOMETRIC_DEDUPLICATION:PASSED");
        assertThat(stages.getLast()).isEqualTo("MANUAL_ADJUDICATION:REVIEW");
    }

    @Test
    void notADuplicateIsRecordedAuditedAndTheCaseResumesAndFinishes() throws Exception {
        String rid = pausedCase();

        JsonNode decided = json(call(
                post(BASE + "/" + rid + "/decision")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\":\"NOT_DUPLICATE\",\"comment\":\"Twins; different irises\"}"),
                ADJUDICATOR,
                200));

        assertThat(decided.path("verdict").asString()).isEqualTo("NOT_DUPLICATE");
        assertThat(decided.path("decidedBy").asString()).isEqualTo("adjudicator");
        assertThat(decided.path("decidedAt").asString()).isNotBlank();
        await().atMost(Duration.ofSeconds(30)).until(() -> status(rid) != CaseStatus.PAUSED);
        pipeline.drain();
        assertThat(status(rid)).isEqualTo(CaseStatus.PROCESSED);
        assertThat(enrolments.history(new Rid(rid)))
                .extracting(StageRecord::stage, StageRecord::reasonCode)
                .contains(org.assertj.core.groups.Tuple.tuple("MANUAL_ADJUDICATION", "RPR-MNV-SUCCESS-001"));
        assertThat(recorded.completed)
                .anySatisfy(event -> assertThat(event.rid()).isEqualTo(rid));
        byte[] sealed = jdbc.sql("SELECT comment_sealed FROM enrolment.adjudication WHERE rid = :rid")
                .param("rid", rid)
                .query(byte[].class)
                .single();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Twins");
        String ridHash = hashes.hash(KeyRef.of("REGISTRATION_PROCESSOR", "RID_AUDIT"), rid);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("""
                                SELECT count(*) FROM audit.entry WHERE action = 'ADJUDICATION_DECISION'
                                AND target_hash = :hash AND outcome = 'SUCCESS' AND detail = 'NOT_DUPLICATE'
                                AND actor = 'adjudicator'
                                """)
                                .param("hash", ridHash)
                                .query(Integer.class)
                                .single()
                        == 1);
    }

    @Test
    void aDuplicateIsRejectedWhenTheCaseResumes() throws Exception {
        String rid = pausedCase();

        call(
                post(BASE + "/" + rid + "/decision")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\":\"DUPLICATE\"}"),
                ADJUDICATOR,
                200);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(rid) != CaseStatus.PAUSED);
        pipeline.drain();
        assertThat(status(rid)).isEqualTo(CaseStatus.REJECTED);
        assertThat(enrolments.history(new Rid(rid)).getLast().reasonCode()).isEqualTo("RPR-MNV-FAILED-001");
        assertThat(recorded.rejected)
                .anySatisfy(event -> assertThat(event.rid()).isEqualTo(rid));
    }

    @Test
    void aSecondDecisionIsRefusedAndChangesNothing() throws Exception {
        String rid = pausedCase();
        String decision = BASE + "/" + rid + "/decision";
        call(
                post(decision).contentType(MediaType.APPLICATION_JSON).content("{\"verdict\":\"NOT_DUPLICATE\"}"),
                ADJUDICATOR,
                200);

        JsonNode problem = json(call(
                post(decision).contentType(MediaType.APPLICATION_JSON).content("{\"verdict\":\"DUPLICATE\"}"),
                ADJUDICATOR,
                409));

        assertThat(problem.path("code").asString()).isEqualTo("ENR-ADJ-002");
        assertThat(json(call(get(BASE + "/" + rid), ADJUDICATOR, 200))
                        .path("verdict")
                        .asString())
                .isEqualTo("NOT_DUPLICATE");
        String ridHash = hashes.hash(KeyRef.of("REGISTRATION_PROCESSOR", "RID_AUDIT"), rid);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("""
                                SELECT count(*) FROM audit.entry WHERE action = 'ADJUDICATION_DECISION'
                                AND target_hash = :hash AND outcome = 'FAILURE' AND detail = 'ENR-ADJ-002'
                                """)
                                .param("hash", ridHash)
                                .query(Integer.class)
                                .single()
                        == 1);
    }

    @Test
    void onlyAdjudicatorsGetIn() throws Exception {
        String rid = pausedCase();
        String decision = BASE + "/" + rid + "/decision";
        String body = "{\"verdict\":\"DUPLICATE\"}";

        assertThat(mvc.perform(get(BASE)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(post(decision)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        call(get(BASE + "/" + rid), STATION, 403);
        call(get(BASE), ADMIN, 403);
        call(post(decision).contentType(MediaType.APPLICATION_JSON).content(body), STATION, 403);
        call(post(decision).contentType(MediaType.APPLICATION_JSON).content(body), ADMIN, 403);

        assertThat(status(rid)).isEqualTo(CaseStatus.PAUSED);
        assertThat(json(call(get(BASE + "/" + rid), ADJUDICATOR, 200))
                        .path("verdict")
                        .isMissingNode())
                .isTrue();
    }

    @Test
    void anUnknownOrMalformedRidIsRefused() throws Exception {
        String unknown = "99999888887777720261123101530";
        String body = "{\"verdict\":\"DUPLICATE\"}";

        assertThat(json(call(get(BASE + "/" + unknown), ADJUDICATOR, 404))
                        .path("code")
                        .asString())
                .isEqualTo("ENR-ADJ-001");
        assertThat(json(call(
                                post(BASE + "/" + unknown + "/decision")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(body),
                                ADJUDICATOR,
                                404))
                        .path("code")
                        .asString())
                .isEqualTo("ENR-ADJ-001");
        MockHttpServletResponse malformed = call(get(BASE + "/12345abc"), ADJUDICATOR, 400);
        assertThat(json(malformed).path("code").asString()).isEqualTo("ENR-ADJ-006");
        assertThat(json(malformed).path("detail").asString()).doesNotContain("12345abc");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"verdict\":\"MAYBE_SECRET\"}",
                "{\"verdict\":\"duplicate\"}",
                "{\"verdict\":null}",
                "{}",
                "{\"verdict\":\"DUPLICATE\",\"comment\":\"bell\\u0007SECRET\"}"
            })
    void aBadVerdictOrCommentIsRefusedAndChangesNothing(String body) throws Exception {
        String rid = openCase();

        MockHttpServletResponse refused = call(
                post(BASE + "/" + rid + "/decision")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                ADJUDICATOR,
                400);

        assertThat(json(refused).path("code").asString()).isEqualTo("ENR-ADJ-003");
        assertThat(refused.getContentAsString()).doesNotContain("SECRET").doesNotContain("MAYBE");
        assertThat(status(rid)).isEqualTo(CaseStatus.PAUSED);
        assertThat(json(call(get(BASE + "/" + rid), ADJUDICATOR, 200))
                        .path("verdict")
                        .isMissingNode())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"verdict\":\"DUPLICATE\"",
                "not json SECRET",
                "[\"DUPLICATE\"]",
                "{\"verdict\":\"DUPLICATE\",\"extra\":\"SECRET\"}",
                "{\"verdict\":\"DUPLICATE\"} {}",
                "{\"verdict\":\"DUPLICATE\",\"comment\":5}",
                "{\"verdict\":true}",
                " "
            })
    void aMalformedBodyIsRefusedAndChangesNothing(String body) throws Exception {
        String rid = openCase();

        MockHttpServletResponse refused = call(
                post(BASE + "/" + rid + "/decision")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                ADJUDICATOR,
                400);

        assertThat(json(refused).path("code").asString()).isEqualTo("ENR-ADJ-005");
        assertThat(refused.getContentAsString()).doesNotContain("SECRET");
        assertThat(json(call(get(BASE + "/" + rid), ADJUDICATOR, 200))
                        .path("verdict")
                        .isMissingNode())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"?size=0", "?size=101", "?page=-1", "?page=abc", "?size=1e3", "?page=99999999"})
    void aBadPageIsRefused(String query) throws Exception {
        MockHttpServletResponse refused = call(get(BASE + query), ADJUDICATOR, 400);

        assertThat(json(refused).path("code").asString()).isEqualTo("ENR-ADJ-004");
    }

    /** One paused case shared by the refused-decision cases (none of them may change it). */
    private static String shared;

    private String openCase() throws Exception {
        if (shared == null) {
            shared = pausedCase();
        }
        return shared;
    }

    private MockHttpServletResponse call(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String authorization,
            int expected)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", authorization))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response;
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }
}
