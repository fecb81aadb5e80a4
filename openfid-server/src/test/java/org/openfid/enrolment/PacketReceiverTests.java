package org.openfid.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openfid.identity.Rid;
import org.openfid.spi.blobs.BlobStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

/** MOSIP's packet receiver over MockMvc: acceptance, idempotence and every refusal. */
class PacketReceiverTests extends IntakeContext {

    @Autowired
    BlobStore blobs;

    @Autowired
    Enrolments enrolments;

    @Test
    void acceptsASyncedPacketSealsItAndOpensACase() throws Exception {
        String[] ids = centreWithMachine(true);
        byte[] content = packet(1, 5_000);
        String rid = received(ids, content);

        var enrolment = enrolments.find(new Rid(rid)).orElseThrow();
        assertThat(enrolment.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(enrolment.process()).isEqualTo(RegistrationType.NEW);
        assertThat(enrolments.history(new Rid(rid))).singleElement().satisfies(step -> {
            assertThat(step.stage()).isEqualTo("PACKET_RECEIVER");
            assertThat(step.outcome()).isEqualTo(StageRecord.Outcome.PASSED);
            assertThat(step.reasonCode()).isEqualTo("RPR-PKR-SUCCESS-001");
        });
        assertThat(recorded.received)
                .filteredOn(event -> event.rid().equals(rid))
                .singleElement()
                .satisfies(event -> assertThat(event.caseId()).isEqualTo(enrolment.id()));
        String key = jdbc.sql("SELECT packet_key FROM enrolment.enrolment_case WHERE rid = :rid")
                .param("rid", rid)
                .query(String.class)
                .single();
        byte[] stored = blobs.get(key).orElseThrow();
        assertThat(stored).isNotEqualTo(content);
        assertThat(indexOf(stored, Arrays.copyOfRange(content, 100, 132))).isNegative();
        assertThat(key).doesNotContain(rid);
    }

    @Test
    void theSamePacketTwiceGetsTheSameAnswerAndChangesNothing() throws Exception {
        String[] ids = centreWithMachine(true);
        byte[] content = packet(2, 3_000);
        String rid = received(ids, content);
        JsonNode again = upload(rid + ".zip", content);

        assertThat(again.path("response").path("status").asString()).isEqualTo("Packet is in PACKET_RECEIVED status");
        assertThat(count("enrolment_case", rid)).isEqualTo(1);
        assertThat(recorded.received)
                .filteredOn(event -> event.rid().equals(rid))
                .hasSize(1);
        assertThat(enrolments.history(new Rid(rid))).hasSize(1);
    }

    @Test
    void anotherPacketUnderAReceivedRidIsRefused() throws Exception {
        String[] ids = centreWithMachine(true);
        String rid = received(ids, packet(3, 3_000));
        byte[] other = packet(4, 3_000);

        JsonNode resync = sync(ids, syncBody(entry(rid, sha256(other), other.length)));
        assertThat(errorCode(resync)).isEqualTo("RPR-RGS-015");
        assertThat(errorCode(upload(rid + ".zip", other))).isEqualTo("RPR-PKR-009");
        assertThat(count("enrolment_case", rid)).isEqualTo(1);
    }

    @Test
    void acceptsMosipPacketIdNames() throws Exception {
        String[] ids = centreWithMachine(true);
        byte[] content = packet(5, 2_000);
        String rid = rid(ids);
        String packetId = rid + "-" + ids[0] + "_" + ids[1] + "-20261122101530";
        var entry = entry(rid, sha256(content), content.length);
        entry.put("packetId", packetId);
        sync(ids, syncBody(entry));

        assertThat(errorCode(upload(rid + ".zip", content))).isEqualTo("RPR-PKR-001");
        assertThat(upload(packetId + ".zip", content).path("errors").isNull()).isTrue();
        assertThat(count("enrolment_case", rid)).isEqualTo(1);
    }

    @Test
    void refusesUnsyncedWrongHashWrongSizeAndBadNames() throws Exception {
        String[] ids = centreWithMachine(true);
        byte[] content = packet(6, 4_000);
        assertThat(errorCode(upload(rid(ids) + ".zip", content))).isEqualTo("RPR-PKR-001");

        String rid = rid(ids);
        sync(ids, syncBody(entry(rid, sha256(packet(7, 4_000)), content.length)));
        assertThat(errorCode(upload(rid + ".zip", content))).isEqualTo("RPR-PKR-009");

        sync(ids, syncBody(entry(rid, sha256(content), content.length + 1)));
        assertThat(errorCode(upload(rid + ".zip", content))).isEqualTo("RPR-PKR-013");
        sync(ids, syncBody(entry(rid, sha256(content), content.length - 1)));
        assertThat(errorCode(upload(rid + ".zip", content))).isEqualTo("RPR-PKR-013");

        assertThat(errorCode(upload(rid + ".tar", content))).isEqualTo("RPR-PKR-003");
        assertThat(errorCode(upload("../" + rid + ".zip", content))).isEqualTo("RPR-PKR-003");
        assertThat(errorCode(upload(rid + ".zip", new byte[0]))).isEqualTo("RPR-PKR-006");
        assertThat(errorCode(call(multipart(UPLOAD)
                        .file(new MockMultipartFile("other", rid + ".zip", "application/zip", content))
                        .header("Authorization", STATION))))
                .isEqualTo("RPR-PKR-006");
        assertThat(count("enrolment_case", rid)).isZero();
        assertThat(recorded.facts)
                .filteredOn(fact -> fact.action().equals("PACKET_RECEIVED"))
                .extracting(fact -> fact.detail())
                .contains("RPR-PKR-001", "RPR-PKR-009", "RPR-PKR-013", "RPR-PKR-003");
    }

    @Test
    void refusesPacketsOverTheLimit() throws Exception {
        String[] ids = centreWithMachine(true);
        byte[] big = packet(8, 70 * 1024);
        String rid = rid(ids);
        sync(ids, syncBody(entry(rid, sha256(big), big.length)));
        assertThat(errorCode(upload(rid + ".zip", big))).isEqualTo("RPR-PKR-002");

        // synced at exactly the limit, one byte more arrives: refused while streaming
        byte[] atLimit = packet(9, 64 * 1024);
        sync(ids, syncBody(entry(rid, sha256(atLimit), atLimit.length)));
        assertThat(errorCode(upload(rid + ".zip", packet(10, 64 * 1024 + 1)))).isEqualTo("RPR-PKR-002");
        assertThat(upload(rid + ".zip", atLimit).path("errors").isNull()).isTrue();
        assertThat(count("enrolment_case", rid)).isEqualTo(1);
    }

    @Test
    void refusesMoreBytesThanSynced() throws Exception {
        String[] ids = centreWithMachine(true);
        String rid = rid(ids);
        byte[] small = packet(11, 1_000);
        sync(ids, syncBody(entry(rid, sha256(small), small.length)));
        assertThat(errorCode(upload(rid + ".zip", packet(12, 5_000)))).isEqualTo("RPR-PKR-013");
        assertThat(count("enrolment_case", rid)).isZero();
    }

    @Test
    void onlyRegistrationMachinesMayUpload() throws Exception {
        var file = new MockMultipartFile("file", "1".repeat(29) + ".zip", "application/zip", new byte[10]);
        assertThat(mvc.perform(multipart(UPLOAD).file(file))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(multipart(UPLOAD).file(file).header("Authorization", REGPROC))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
