package org.openfid.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** MOSIP's sync over MockMvc: stored entries, refused entries and machines, PII kept out. */
class SyncTests extends IntakeContext {

    @Test
    void storesAnEntryWithItsContactsOnlyAsKeyedHashes() throws Exception {
        String[] ids = centreWithMachine(true);
        String rid = rid(ids);
        JsonNode answer = sync(ids, syncBody(entry(rid, "AB".repeat(32), 1234)));

        assertThat(answer.path("errors").isNull()).as(answer.toString()).isTrue();
        assertThat(answer.path("id").asString()).isEqualTo("mosip.registration.sync");
        assertThat(answer.path("response").get(0).path("registrationId").asString())
                .isEqualTo(rid);
        String row = jdbc.sql("SELECT row_to_json(s)::text FROM enrolment.sync_record s WHERE rid = :rid")
                .param("rid", rid)
                .query(String.class)
                .single();
        assertThat(row)
                .contains("\"packet_hash\":\"" + "ab".repeat(32) + "\"", "\"packet_size\":1234")
                .doesNotContainIgnoringCase("jane")
                .doesNotContain("700111222", "all good");
        assertThat(jdbc.sql("SELECT name_hash IS NOT NULL AND email_hash IS NOT NULL AND phone_hash IS NOT NULL"
                                + " AND supervisor_comment IS NOT NULL FROM enrolment.sync_record WHERE rid = :rid")
                        .param("rid", rid)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(recorded.facts)
                .filteredOn(fact -> fact.action().equals("PACKET_SYNC"))
                .allSatisfy(fact -> assertThat(String.valueOf(fact.targetHash()) + fact.detail())
                        .doesNotContain(rid));
    }

    @Test
    void aReSyncBeforeUploadReplacesTheRecord() throws Exception {
        String[] ids = centreWithMachine(true);
        String rid = rid(ids);
        sync(ids, syncBody(entry(rid, "AB".repeat(32), 1234)));
        JsonNode again = sync(ids, syncBody(entry(rid, "CD".repeat(32), 99)));

        assertThat(again.path("response").get(0).path("status").asString()).isEqualTo("SUCCESS");
        assertThat(count("sync_record", rid)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT packet_size FROM enrolment.sync_record WHERE rid = :rid")
                        .param("rid", rid)
                        .query(Long.class)
                        .single())
                .isEqualTo(99L);
    }

    static Stream<Arguments> badEntries() {
        return Stream.of(
                Arguments.of("no RID", (Consumer<ObjectNode>) e -> e.remove("registrationId"), "RPR-RGS-006"),
                Arguments.of(
                        "letters in RID", (Consumer<ObjectNode>) e -> e.put("registrationId", "12a"), "RPR-RGS-008"),
                Arguments.of("short RID", (Consumer<ObjectNode>) e -> e.put("registrationId", "1234"), "RPR-RGS-009"),
                Arguments.of(
                        "bad RID time",
                        (Consumer<ObjectNode>) e -> e.put(
                                "registrationId",
                                e.path("registrationId").asString().substring(0, 15) + "20261399101530"),
                        "RPR-RGS-007"),
                Arguments.of(
                        "RID of another machine",
                        (Consumer<ObjectNode>) e -> e.put(
                                "registrationId",
                                "99999" + e.path("registrationId").asString().substring(5)),
                        "RPR-RGS-015"),
                Arguments.of("bad type", (Consumer<ObjectNode>) e -> e.put("registrationType", "BOGUS"), "RPR-RGS-003"),
                Arguments.of("no type", (Consumer<ObjectNode>) e -> e.remove("registrationType"), "RPR-RGS-003"),
                Arguments.of("no hash", (Consumer<ObjectNode>) e -> e.remove("packetHashValue"), "RPR-RGS-027"),
                Arguments.of("bad hash", (Consumer<ObjectNode>) e -> e.put("packetHashValue", "xyz"), "RPR-RGS-014"),
                Arguments.of("no size", (Consumer<ObjectNode>) e -> e.remove("packetSize"), "RPR-RGS-014"),
                Arguments.of("zero size", (Consumer<ObjectNode>) e -> e.put("packetSize", 0), "RPR-RGS-014"),
                Arguments.of(
                        "bad supervisor status",
                        (Consumer<ObjectNode>) e -> e.put("supervisorStatus", "MAYBE"),
                        "RPR-RGS-026"),
                Arguments.of("no language", (Consumer<ObjectNode>) e -> e.remove("langCode"), "RPR-RGS-004"),
                Arguments.of(
                        "packet id of another RID",
                        (Consumer<ObjectNode>) e -> e.put("packetId", "1".repeat(29)),
                        "RPR-RGS-014"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEntries")
    void refusesABadEntryAndStoresTheGoodOneBesideIt(String name, Consumer<ObjectNode> breaker, String code)
            throws Exception {
        String[] ids = centreWithMachine(true);
        ObjectNode bad = entry(rid(ids), "AB".repeat(32), 10);
        breaker.accept(bad);
        String good = rid(ids);
        JsonNode answer = sync(ids, syncBody(bad, entry(good, "AB".repeat(32), 10)));

        assertThat(errorCode(answer)).as(answer.toString()).isEqualTo(code);
        assertThat(answer.path("errors").get(0).path("status").asString()).isEqualTo("FAILURE");
        assertThat(answer.path("response").size()).isEqualTo(1);
        assertThat(answer.path("response").get(0).path("registrationId").asString())
                .isEqualTo(good);
        assertThat(jdbc.sql("SELECT count(*) FROM enrolment.sync_record WHERE centre_id = :c")
                        .param("c", ids[0])
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesUnknownInactiveOrMissingMachines() throws Exception {
        String[] inactive = centreWithMachine(false);
        String rid = rid(inactive);
        assertThat(errorCode(sync(inactive, syncBody(entry(rid, "AB".repeat(32), 10)))))
                .isEqualTo("RPR-RGS-015");
        String[] unknown = {inactive[0], "99998"};
        assertThat(errorCode(sync(unknown, syncBody(entry(rid(unknown), "AB".repeat(32), 10)))))
                .isEqualTo("RPR-RGS-015");
        JsonNode noHeader = call(post(SYNC)
                .header("Authorization", STATION)
                .contentType(MediaType.APPLICATION_JSON)
                .content(syncBody(entry(rid, "AB".repeat(32), 10))));
        assertThat(errorCode(noHeader)).isEqualTo("RPR-RGS-013");
        String[] malformed = {"1234", "x"};
        assertThat(errorCode(sync(malformed, syncBody(entry(rid, "AB".repeat(32), 10)))))
                .isEqualTo("RPR-RGS-014");
        assertThat(count("sync_record", rid)).isZero();
    }

    @Test
    void refusesBadJsonAndMissingRequests() throws Exception {
        String[] ids = centreWithMachine(true);
        assertThat(errorCode(sync(ids, "{\"request\": [ {"))).isEqualTo("RPR-RGS-017");
        assertThat(errorCode(sync(ids, "{\"request\": {\"registrationId\": 5}}")))
                .isEqualTo("RPR-RGS-016");
        assertThat(errorCode(sync(ids, "{\"id\": \"mosip.registration.sync\"}")))
                .isEqualTo("RPR-RGS-013");
        assertThat(errorCode(sync(ids, "{\"request\": []}"))).isEqualTo("RPR-RGS-013");
        assertThat(errorCode(sync(ids, " "))).isEqualTo("RPR-RGS-013");
    }

    @Test
    void onlyRegistrationMachinesMaySync() throws Exception {
        String body = syncBody(entry("1".repeat(29), "AB".repeat(32), 10));
        assertThat(mvc.perform(post(SYNC)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(post(SYNC)
                                .header("Authorization", REGPROC)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body.getBytes(StandardCharsets.UTF_8)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
