package org.openfid.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.openfid.masterdata.Samples;
import org.openfid.masterdata.reference.ReferenceStores;
import org.openfid.platform.ActionTaken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One application context (real embedded PostgreSQL, vault, file blob store) shared by the intake
 * tests (MockMvc, and a real port for what the servlet container does): a registration machine
 * account, a processor account, a 64 KB packet limit, and every
 * {@link EnrolmentReceived} event and audit fact recorded.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "openfid.data-dir=target/test-data/enrolment-intake-${random.uuid}",
            "openfid.admin.password=" + IntakeContext.ADMIN_PASSWORD,
            "openfid.masterdata.load-country-on-start=false",
            "openfid.service-accounts[0].name=station",
            "openfid.service-accounts[0].password=station-secret-123",
            "openfid.service-accounts[0].roles=REGISTRATION_CLIENT",
            "openfid.service-accounts[1].name=regproc",
            "openfid.service-accounts[1].password=regproc-secret-123",
            "openfid.service-accounts[1].roles=REGISTRATION_PROCESSOR",
            "openfid.enrolment.max-packet-size=64KB",
            "openfid.enrolment.plain-sync-body=true",
            "openfid.enrolment.pipeline-workers=0"
        })
@AutoConfigureMockMvc
@Import(IntakeContext.Recorders.class)
abstract class IntakeContext {

    static final String ADMIN_PASSWORD = "enrolment-test-admin";
    static final String STATION = basic("station", "station-secret-123");
    static final String REGPROC = basic("regproc", "regproc-secret-123");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SYNC = "/registrationprocessor/v1/registrationstatus/sync";
    static final String SEARCH = "/registrationprocessor/v1/registrationstatus/search";
    static final String UPLOAD = "/registrationprocessor/v1/packetreceiver/registrationpackets";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(10_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceStores stores;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Recorded recorded;

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A new active centre with one machine: {centre id, machine id}. */
    String[] centreWithMachine(boolean machineActive) {
        return Samples.centreWithMachine(stores, machineActive);
    }

    /** A fresh RID issued at the machine. */
    static String rid(String[] ids) {
        return ids[0]
                + ids[1]
                + String.format("%05d", SEQUENCE.incrementAndGet() % 100_000)
                + LocalDateTime.of(2026, 11, 22, 10, 15, 30).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }

    /** Bytes standing in for an encrypted packet (intake checks only hash and size). */
    static byte[] packet(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                .toUpperCase();
    }

    static ObjectNode entry(String rid, String hash, long size) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("registrationId", rid);
        entry.put("registrationType", "NEW");
        entry.put("packetHashValue", hash);
        entry.put("packetSize", size);
        entry.put("supervisorStatus", "APPROVED");
        entry.put("supervisorComment", "all good for Jane Applicant");
        entry.put("langCode", "eng");
        entry.put("name", "Jane Applicant");
        entry.put("email", "jane.applicant@example.org");
        entry.put("phone", "+254700111222");
        return entry;
    }

    static String syncBody(JsonNode... entries) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "mosip.registration.sync");
        body.put("version", "1.0");
        body.put("requesttime", "2026-11-22T10:15:30.000Z");
        var list = body.putArray("request");
        for (JsonNode entry : entries) {
            list.add(entry);
        }
        return body.toString();
    }

    JsonNode call(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode sync(String[] ids, String body) throws Exception {
        return call(post(SYNC)
                .header("Authorization", STATION)
                .header("Center-Machine-RefId", ids[0] + "_" + ids[1])
                .header("timestamp", "2026-11-22T10:15:30.000Z")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    JsonNode upload(String fileName, byte[] content) throws Exception {
        return call(multipart(UPLOAD)
                .file(new MockMultipartFile("file", fileName, "application/zip", content))
                .header("Authorization", STATION));
    }

    /** Syncs and uploads a fresh packet; returns its RID. */
    String received(String[] ids, byte[] content) throws Exception {
        String rid = rid(ids);
        assertThat(sync(ids, syncBody(entry(rid, sha256(content), content.length)))
                        .path("response")
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("SUCCESS");
        assertThat(upload(rid + ".zip", content).path("response").path("status").asString())
                .isEqualTo("Packet is in PACKET_RECEIVED status");
        return rid;
    }

    static String errorCode(JsonNode body) {
        return body.path("errors").get(0).path("errorCode").asString();
    }

    int count(String table, String rid) {
        return jdbc.sql("SELECT count(*) FROM enrolment." + table + " WHERE rid = :rid")
                .param("rid", rid)
                .query(Integer.class)
                .single();
    }

    /** Events and audit facts published on any thread. */
    static class Recorded {
        final List<EnrolmentReceived> received = new CopyOnWriteArrayList<>();
        final List<ActionTaken> facts = new CopyOnWriteArrayList<>();

        @EventListener
        void on(EnrolmentReceived event) {
            received.add(event);
        }

        @EventListener
        void on(ActionTaken fact) {
            facts.add(fact);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recorders {
        @Bean
        Recorded recorded() {
            return new Recorded();
        }
    }
}
