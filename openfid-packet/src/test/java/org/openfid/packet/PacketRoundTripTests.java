package org.openfid.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openfid.packet.layout.PacketFiles;
import tools.jackson.databind.JsonNode;

class PacketRoundTripTests {

    private static final RegistrationPacket SAMPLE = TestPackets.sample();
    private static final WrittenPacket WRITTEN = TestPackets.writer().write(SAMPLE);

    @Test
    void aReadBiometricFieldKeepsTheXmlThePacketCarried() {
        BiometricField built = SAMPLE.biometrics().getFirst();
        BiometricField read =
                TestPackets.read(WRITTEN.bytes()).packet().biometrics().getFirst();

        assertThat(built.source()).isNull();
        assertThat(read.source()).isNotNull();
        assertThat(read.xml()).isSameAs(read.source()).isEqualTo(built.xml());
        assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
    }

    @Test
    void readsBackWhatWasWritten() {
        PacketReading reading = TestPackets.read(WRITTEN.bytes());

        assertThat(reading.problems()).isEmpty();
        RegistrationPacket read = reading.packet();
        assertThat(read).isNotNull();
        assertThat(read.rid()).isEqualTo(SAMPLE.rid());
        assertThat(read.process()).isEqualTo(PacketProcess.NEW);
        assertThat(read.referenceId()).isEqualTo("10001_10077");
        assertThat(read.creationTime()).isEqualTo(SAMPLE.creationTime());
        assertThat(read.schemaVersion()).isEqualTo("0.1");
        assertThat(read.fields())
                .extracting(IdentityField::name, IdentityField::category)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("fullName", FieldCategory.KYC),
                        org.assertj.core.groups.Tuple.tuple("dateOfBirth", FieldCategory.KYC),
                        org.assertj.core.groups.Tuple.tuple("phone", FieldCategory.KYC),
                        org.assertj.core.groups.Tuple.tuple("residenceStatus", FieldCategory.NONE),
                        org.assertj.core.groups.Tuple.tuple("email", FieldCategory.OPTIONAL));
        assertThat(read.fields().stream()
                        .filter(f -> f.name().equals("fullName"))
                        .findFirst()
                        .orElseThrow()
                        .value())
                .isEqualTo(SAMPLE.fields().getFirst().value());
        assertThat(read.documents()).singleElement().satisfies(d -> {
            assertThat(d.fileName()).isEqualTo("proofOfAddress.pdf");
            assertThat(d.type()).isEqualTo("DOC001");
            assertThat(d.category()).isEqualTo(FieldCategory.EVIDENCE);
            assertThat(d.content()).isEqualTo(SAMPLE.documents().getFirst().content());
        });
        assertThat(read.biometrics()).singleElement().satisfies(b -> {
            assertThat(b.field()).isEqualTo("individualBiometrics");
            assertThat(b.cbeff().birs()).hasSize(2);
            assertThat(b.cbeff().birs().getFirst().bdb())
                    .isEqualTo(SAMPLE.biometrics()
                            .getFirst()
                            .cbeff()
                            .birs()
                            .getFirst()
                            .bdb());
        });
        assertThat(read.officer()).isNotNull();
        assertThat(read.officer().id()).isEqualTo("110005");
        assertThat(read.officer().biometrics()).isNotNull();
        assertThat(read.supervisor()).isEqualTo(new Operator("110006", null));
        assertThat(read.metaData()).containsExactly(new Label("consentOfApplicant", "Yes"));
        assertThat(read.operationsData()).containsExactly(new Label("officerPassword", "true"));
        assertThat(read.exceptions()).containsExactly(new BiometricException("leftLittle", "Missing", "Permanent"));
        assertThat(read.audits()).containsExactly(Map.of("eventId", "REG-EVT-001", "moduleName", "Registration"));
    }

    @Test
    void namesTheUploadAsMosipDoes() {
        assertThat(WRITTEN.fileName()).isEqualTo("10001100771006920220128223618-10001_10077-20220128223618.zip");
        assertThat(WRITTEN.size()).isEqualTo(WRITTEN.bytes().length);
        assertThat(WRITTEN.sha256Hex()).isEqualTo(HexFormat.of().formatHex(PacketFiles.sha256(WRITTEN.bytes())));
    }

    @Test
    void splitsSubPacketsByFieldCategory() {
        Map<String, byte[]> outer = PacketSurgery.outer(WRITTEN.bytes());
        String prefix = PacketSurgery.FOLDER + TestPackets.RID;
        assertThat(outer.keySet())
                .containsExactly(
                        prefix + "_id.zip", prefix + "_id.json",
                        prefix + "_evidence.zip", prefix + "_evidence.json",
                        prefix + "_optional.zip", prefix + "_optional.json");
        Map<String, byte[]> id = PacketSurgery.unzip(PacketSurgery.open(outer.get(prefix + "_id.zip")));
        Map<String, byte[]> evidence = PacketSurgery.unzip(PacketSurgery.open(outer.get(prefix + "_evidence.zip")));
        assertThat(id.keySet())
                .containsExactly(
                        "individualBiometrics_bio_CBEFF.xml",
                        "ID.json",
                        "officer_bio_cbeff.xml",
                        "audit.json",
                        "packet_meta_info.json",
                        "packet_data_hash.txt",
                        "packet_operations_hash.txt");
        assertThat(evidence.keySet())
                .containsExactly(
                        "individualBiometrics_bio_CBEFF.xml",
                        "proofOfAddress.pdf",
                        "ID.json",
                        "packet_meta_info.json",
                        "packet_data_hash.txt");
        JsonNode evidenceMeta =
                PacketFiles.JSON.readTree(evidence.get("packet_meta_info.json")).path("identity");
        assertThat(evidenceMeta.path("hashSequence1").get(1).path("value").toString())
                .isEqualTo("[\"proofOfAddress\",\"ID\"]");
        JsonNode idMeta =
                PacketFiles.JSON.readTree(id.get("packet_meta_info.json")).path("identity");
        assertThat(idMeta.path("hashSequence2").get(0).path("value").toString()).isEqualTo("[\"officer\",\"audit\"]");
        JsonNode idJson = PacketFiles.JSON.readTree(id.get("ID.json")).path("identity");
        assertThat(idJson.propertyNames())
                .containsExactly(
                        "fullName",
                        "dateOfBirth",
                        "phone",
                        "residenceStatus",
                        "individualBiometrics",
                        "IDSchemaVersion");
        assertThat(idJson.path("IDSchemaVersion").isNumber()).isTrue();
        assertThat(idJson.path("individualBiometrics").path("value").asString())
                .isEqualTo("individualBiometrics_bio_CBEFF");
        JsonNode evidenceJson =
                PacketFiles.JSON.readTree(evidence.get("ID.json")).path("identity");
        assertThat(evidenceJson.path("proofOfAddress").path("format").asString())
                .isEqualTo("pdf");
        assertThat(evidenceJson.has("fullName")).isFalse();
    }

    @Test
    void hashesAndSignsAsMosipDoes() throws Exception {
        Map<String, byte[]> outer = PacketSurgery.outer(WRITTEN.bytes());
        String prefix = PacketSurgery.FOLDER + TestPackets.RID + "_id";
        byte[] plain = PacketSurgery.open(outer.get(prefix + ".zip"));
        Map<String, byte[]> id = PacketSurgery.unzip(plain);
        String expected = PacketFiles.sha256Hex(
                java.util.List.of(id.get("individualBiometrics_bio_CBEFF.xml"), id.get("ID.json")));
        assertThat(new String(id.get("packet_data_hash.txt"), StandardCharsets.US_ASCII))
                .isEqualTo(expected);
        JsonNode meta =
                PacketFiles.JSON.readTree(id.get("packet_meta_info.json")).path("identity");
        assertThat(meta.path("hashSequence1").get(0).path("value").get(0).asString())
                .isEqualTo("individualBiometrics_bio_CBEFF");
        assertThat(meta.path("hashSequence1").get(1).path("value").get(0).asString())
                .isEqualTo("ID");
        assertThat(meta.path("hashSequence2").get(0).path("label").asString()).isEqualTo("otherFiles");

        JsonNode info = PacketFiles.JSON.readTree(outer.get(prefix + ".json"));
        var verifier = java.security.Signature.getInstance("SHA256withRSA");
        verifier.initVerify(TestPackets.MACHINE.getPublic());
        verifier.update(plain);
        assertThat(verifier.verify(java.util.Base64.getUrlDecoder()
                        .decode(info.path("signature").asString())))
                .isTrue();
        assertThat(info.path("encryptedhash").asString())
                .isEqualTo(java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(PacketFiles.sha256(outer.get(prefix + ".zip"))));
        assertThat(info.path("packetname").asString()).isEqualTo(TestPackets.RID + "_id");
        assertThat(info.path("providername").asString()).isEqualTo("PacketWriterImpl");
    }
}
