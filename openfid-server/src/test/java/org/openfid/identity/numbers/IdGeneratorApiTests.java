package org.openfid.identity.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.Test;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.Uin;
import org.openfid.identity.hashing.IdentifierHashes;
import org.openfid.masterdata.Samples;
import org.openfid.masterdata.reference.ReferenceStores;
import org.openfid.platform.ActionTaken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The MOSIP idgenerator, ridgenerator and our validator over MockMvc: happy and bad paths, access. */
class IdGeneratorApiTests extends NumbersContext {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    IdNumbers numbers;

    @Autowired
    NumberPool pool;

    @Autowired
    PoolRefill refill;

    @Autowired
    IdentifierHashes hashes;

    @Autowired
    ReferenceStores stores;

    JsonNode call(RequestBuilder request) throws Exception {
        var result = mvc.perform(request).andReturn().getResponse();
        assertThat(result.getStatus()).isEqualTo(200);
        return JSON.readTree(result.getContentAsString());
    }

    static void assertError(JsonNode body, String code) {
        assertThat(body.path("response").isNull()).as(body.toString()).isTrue();
        assertThat(body.path("errors").get(0).path("errorCode").asString()).isEqualTo(code);
    }

    String acknowledgement(String uin, String status) {
        return "{\"id\":\"mosip.kernel.uinstatus\",\"request\":{\"uin\":\"" + uin + "\",\"status\":\"" + status
                + "\"}}";
    }

    JsonNode putStatus(String uin, String status) throws Exception {
        return call(put("/v1/idgenerator/uin")
                .header("Authorization", REGPROC)
                .contentType(MediaType.APPLICATION_JSON)
                .content(acknowledgement(uin, status)));
    }

    @Test
    void handsOutAUinThatIsAssignedOnceAcknowledged() throws Exception {
        refill.refill(NumberKind.UIN);
        String uin = call(get("/v1/idgenerator/uin").header("Authorization", REGPROC))
                .path("response")
                .path("uin")
                .asString();
        assertThat(numbers.isValidUin(uin)).isTrue();
        assertThat(pool.status(NumberKind.UIN, hashes.uin(new Uin(uin)))).contains(NumberPool.ISSUED);

        JsonNode assigned = putStatus(uin, "ASSIGNED");

        assertThat(assigned.path("response").path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(pool.status(NumberKind.UIN, hashes.uin(new Uin(uin)))).contains(NumberPool.ASSIGNED);
        assertError(putStatus(uin, "ASSIGNED"), "KER-UIG-004");
        assertError(putStatus(uin, "UNASSIGNED"), "KER-UIG-004");
        assertThat(facts.stream())
                .anyMatch(f -> f.action().equals("UIN_ASSIGNED")
                        && hashes.uin(new Uin(uin)).equals(f.targetHash()));
        assertThat(facts.stream().map(ActionTaken::toString)).noneMatch(text -> text.contains(uin));
    }

    @Test
    void anUnassignedUinGoesBackToThePool() throws Exception {
        refill.refill(NumberKind.UIN);
        String uin = call(get("/v1/idgenerator/uin").header("Authorization", ADMIN))
                .path("response")
                .path("uin")
                .asString();

        putStatus(uin, "UNASSIGNED");

        assertThat(pool.status(NumberKind.UIN, hashes.uin(new Uin(uin)))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM identity.number_pool WHERE number = :n")
                        .param("n", uin)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesUnknownUinsUnknownStatusesAndMalformedBodies() throws Exception {
        String neverIssued = new NumberGenerator(refill.rules(NumberKind.UIN), new java.security.SecureRandom()).next();
        assertError(putStatus(neverIssued, "ASSIGNED"), "KER-UIG-001");
        assertError(putStatus("12ab", "ASSIGNED"), "KER-UIG-001");
        assertError(putStatus(neverIssued, "LOST"), "KER-UIG-003");
        assertError(
                call(put("/v1/idgenerator/uin")
                        .header("Authorization", REGPROC)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"request\":")),
                "KER-UIG-999");
        assertThat(pool.status(NumberKind.UIN, hashes.uin(new Uin(neverIssued))))
                .isEmpty();
    }

    @Test
    void handsOutVids() throws Exception {
        String vid = call(get("/v1/idgenerator/vid").header("Authorization", REGPROC))
                .path("response")
                .path("vid")
                .asString();
        assertThat(vid).hasSize(16);
        assertThat(numbers.isValidVid(vid)).isTrue();
    }

    @Test
    void onlyTheRegistrationProcessorAndAdministratorsMayCall() throws Exception {
        assertThat(mvc.perform(get("/v1/idgenerator/uin"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/v1/idgenerator/uin").header("Authorization", CRYPTO))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/v1/idvalidator/uin/2").header("Authorization", CRYPTO))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void issuesRidsForActiveMachinesWithARollingSequence() throws Exception {
        String[] ids = centreWithMachine();
        String path = "/v1/ridgenerator/generate/rid/" + ids[0] + "/" + ids[1];

        String first = call(get(path).header("Authorization", REGPROC))
                .path("response")
                .path("rid")
                .asString();
        String second = call(get(path).header("Authorization", REGPROC))
                .path("response")
                .path("rid")
                .asString();

        assertThat(first).hasSize(29).startsWith(ids[0] + ids[1] + "00001");
        assertThat(second).startsWith(ids[0] + ids[1] + "00002");
        assertThat(numbers.isValidRid(first)).isTrue();
        jdbc.sql("UPDATE identity.rid_sequence SET last_value = 99999 WHERE centre_id = :c AND machine_id = :m")
                .param("c", ids[0])
                .param("m", ids[1])
                .update();
        String wrapped = call(get(path).header("Authorization", REGPROC))
                .path("response")
                .path("rid")
                .asString();
        assertThat(wrapped).startsWith(ids[0] + ids[1] + "00001");
    }

    @Test
    void concurrentRidRequestsGetDistinctSequences() throws Exception {
        String[] ids = centreWithMachine();
        var centre = new org.openfid.masterdata.CentreId(ids[0]);
        var machine = new org.openfid.masterdata.MachineId(ids[1]);
        var executor = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 60; i++) {
                futures.add(executor.submit(
                        () -> numbers.nextRid(centre, machine).value().substring(10, 15)));
            }
            var sequences = new java.util.HashSet<String>();
            for (var future : futures) {
                sequences.add(future.get());
            }
            assertThat(sequences).hasSize(60);
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void refusesRidsForUnknownMachinesAndMalformedIds() throws Exception {
        String[] ids = centreWithMachine();
        assertError(
                call(get("/v1/ridgenerator/generate/rid/" + ids[0] + "/99998").header("Authorization", REGPROC)),
                "IDR-IDC-002");
        assertError(
                call(get("/v1/ridgenerator/generate/rid/1234/" + ids[1]).header("Authorization", REGPROC)),
                "KER-RIG-003");
        assertError(
                call(get("/v1/ridgenerator/generate/rid/1234a/" + ids[1]).header("Authorization", REGPROC)),
                "KER-RIG-003");
    }

    @Test
    void validatesNumbersByPathAndByBody() throws Exception {
        JsonNode bad = call(get("/v1/idvalidator/uin/0384055890").header("Authorization", REGPROC));
        assertThat(bad.path("response").path("valid").asBoolean()).isFalse();
        assertThat(bad.path("response").path("rule").asString()).isEqualTo("NOT_START_WITH");
        String uin = new NumberGenerator(refill.rules(NumberKind.UIN), new java.security.SecureRandom()).next();
        JsonNode good = call(post("/v1/idvalidator/uin")
                .header("Authorization", REGPROC)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"request\":{\"value\":\"" + uin + "\"}}"));
        assertThat(good.path("response").path("valid").asBoolean()).isTrue();
        JsonNode rid =
                call(get("/v1/idvalidator/rid/34532678970000120181122173040").header("Authorization", REGPROC));
        assertThat(rid.path("response").path("valid").asBoolean()).isTrue();
        assertError(call(get("/v1/idvalidator/pin/1234").header("Authorization", REGPROC)), "IDR-IDC-002");
    }

    /** A new active centre with one active machine: {centre id, machine id}. */
    String[] centreWithMachine() {
        return Samples.centreWithMachine(stores, true);
    }
}
