package org.openfid.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openfid.packet.zip.ZipEntries;

/** Each way a packet can be wrong gives its own precise problem. */
class PacketTamperTests {

    private static final byte[] GOOD =
            TestPackets.writer().write(TestPackets.sample()).bytes();
    private static final String ID = PacketSurgery.FOLDER + TestPackets.RID + "_id";
    private static final String EVIDENCE = PacketSurgery.FOLDER + TestPackets.RID + "_evidence";

    @Test
    void wrongMachineKeyFailsTheSignatureOfEverySubPacket() {
        PacketReading reading =
                TestPackets.reader().read(GOOD, TestPackets.REFERENCE_ID, TestPackets.SERVER.getPublic());
        assertThat(reading.packet()).isNull();
        assertThat(reading.problems())
                .extracting(PacketProblem::code, PacketProblem::where)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.SIGNATURE_INVALID, "id"),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.SIGNATURE_INVALID, "evidence"),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.SIGNATURE_INVALID, "optional"));
    }

    @Test
    void packetOfAnotherMachineIsRefused() {
        var reading = TestPackets.reader().read(GOOD, "10001_10078", TestPackets.MACHINE.getPublic());
        assertThat(reading.problems()).extracting(PacketProblem::code).containsOnly(ProblemCode.INFO_INVALID);
        assertThat(reading.problems()).extracting(PacketProblem::what).contains("refid must be 10001_10078");
    }

    @Test
    void writerRequiresAnAuditEntry() {
        var noAudit = TestPackets.sample();
        var packet = new RegistrationPacket(
                noAudit.rid(),
                noAudit.process(),
                noAudit.centreId(),
                noAudit.machineId(),
                noAudit.creationTime(),
                noAudit.schemaVersion(),
                noAudit.fields(),
                noAudit.documents(),
                noAudit.biometrics(),
                noAudit.officer(),
                noAudit.supervisor(),
                noAudit.metaData(),
                noAudit.operationsData(),
                noAudit.exceptions(),
                java.util.List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> TestPackets.writer().write(packet))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("audit");
    }

    @Test
    void wrongServerKeyCannotDecrypt() {
        var otherServer = new JcaPacketOpener(TestPackets.MACHINE.getPrivate(), TestPackets.SERVER_CERTIFICATE);
        var reading = new PacketReader((e, n, a, r) -> otherServer.open(e, n, a, r), PacketLimits.DEFAULT)
                .read(GOOD, TestPackets.REFERENCE_ID, TestPackets.MACHINE.getPublic());
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.DECRYPTION_FAILED);
            assertThat(p.where()).isEqualTo("packet");
        });
    }

    @Test
    void flippedCiphertextByteFailsDecryption() {
        byte[] bad = GOOD.clone();
        bad[bad.length - 5] ^= 1;
        assertThat(codes(TestPackets.read(bad))).containsExactly(ProblemCode.DECRYPTION_FAILED);
    }

    @Test
    void swappedEncryptedSubPacketsFailTheirEncryptedHash() {
        Map<String, byte[]> outer = PacketSurgery.outer(GOOD);
        byte[] id = outer.get(ID + ".zip");
        outer.put(ID + ".zip", outer.get(EVIDENCE + ".zip"));
        outer.put(EVIDENCE + ".zip", id);
        var reading = TestPackets.read(PacketSurgery.sealOuter(outer));
        assertThat(reading.problems())
                .extracting(PacketProblem::code, PacketProblem::where)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.ENCRYPTED_HASH_MISMATCH, "id"),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.ENCRYPTED_HASH_MISMATCH, "evidence"));
    }

    @Test
    void swappedSubPacketsWithTheirInfoFilesAreCaught() {
        Map<String, byte[]> outer = PacketSurgery.outer(GOOD);
        byte[] idZip = outer.get(ID + ".zip");
        byte[] idInfo = outer.get(ID + ".json");
        outer.put(ID + ".zip", outer.get(EVIDENCE + ".zip"));
        outer.put(ID + ".json", outer.get(EVIDENCE + ".json"));
        outer.put(EVIDENCE + ".zip", idZip);
        outer.put(EVIDENCE + ".json", idInfo);
        var reading = TestPackets.read(PacketSurgery.sealOuter(outer));
        assertThat(reading.problems()).extracting(PacketProblem::code).containsOnly(ProblemCode.INFO_INVALID);
        assertThat(reading.problems())
                .extracting(PacketProblem::what)
                .contains("packetname must be " + TestPackets.RID + "_id");
    }

    @Test
    void evidenceContentResignedAsIdLacksTheIdFiles() {
        Map<String, byte[]> outer = PacketSurgery.outer(GOOD);
        byte[] evidencePlain = PacketSurgery.open(outer.get(EVIDENCE + ".zip"));
        PacketSurgery.resealSubPacket(outer, ID, evidencePlain);
        var reading = TestPackets.read(PacketSurgery.sealOuter(outer));
        assertThat(reading.problems())
                .extracting(PacketProblem::code, PacketProblem::where)
                .contains(org.assertj.core.groups.Tuple.tuple(ProblemCode.FILE_MISSING, "id/audit.json"));
    }

    @Test
    void changedDocumentBreaksTheDataHash() {
        byte[] bad = PacketSurgery.editSubPacket(
                GOOD,
                "evidence",
                files -> files.put("proofOfAddress.pdf", "%PDF forged".getBytes(StandardCharsets.US_ASCII)));
        var reading = TestPackets.read(bad);
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.HASH_MISMATCH);
            assertThat(p.where()).isEqualTo("evidence/packet_data_hash.txt");
        });
    }

    @Test
    void changedAuditBreaksTheOperationsHash() {
        byte[] bad = PacketSurgery.editSubPacket(GOOD, "id", files -> files.put("audit.json", "[]".getBytes()));
        assertThat(TestPackets.read(bad).problems())
                .extracting(PacketProblem::code, PacketProblem::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        ProblemCode.HASH_MISMATCH, "id/packet_operations_hash.txt"));
    }

    @Test
    void extraFileIsUnexpectedAndMissingFileIsNamed() {
        byte[] extra = PacketSurgery.editSubPacket(GOOD, "id", files -> files.put("extra.txt", new byte[] {1}));
        assertThat(TestPackets.read(extra).problems())
                .extracting(PacketProblem::code, PacketProblem::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.FILE_UNEXPECTED, "id/extra.txt"));
        byte[] missing = PacketSurgery.editSubPacket(GOOD, "evidence", files -> files.remove("proofOfAddress.pdf"));
        assertThat(TestPackets.read(missing).problems())
                .extracting(PacketProblem::code, PacketProblem::where)
                .contains(org.assertj.core.groups.Tuple.tuple(ProblemCode.FILE_MISSING, "evidence/proofOfAddress"));
    }

    @Test
    void invalidCbeffIsReportedWithItsFile() {
        byte[] bad = PacketSurgery.editSubPacket(GOOD, "optional", files -> {
            files.put("individualBiometrics_bio_CBEFF.xml", "<BIR/>".getBytes(StandardCharsets.UTF_8));
            PacketSurgery.rehash(files, "individualBiometrics_bio_CBEFF.xml", "ID.json");
        });
        assertThat(TestPackets.read(bad).problems())
                .extracting(PacketProblem::code, PacketProblem::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        ProblemCode.CBEFF_INVALID, "optional/individualBiometrics_bio_CBEFF.xml"));
    }

    @Test
    void oversizedAndMisshapenFieldsAreRefused() {
        String longName = "x".repeat(5000);
        byte[] bad = PacketSurgery.editSubPacket(GOOD, "optional", files -> {
            String json = "{\"identity\":{\"email\":\"" + longName + "\",\"gender\":{\"odd\":1},"
                    + "\"individualBiometrics\":{\"format\":\"cbeff\",\"version\":1.0,\"value\":\"individualBiometrics_bio_CBEFF\"},"
                    + "\"IDSchemaVersion\":0.1}}";
            files.put("ID.json", json.getBytes(StandardCharsets.UTF_8));
            PacketSurgery.rehash(files, "individualBiometrics_bio_CBEFF.xml", "ID.json");
        });
        var problems = TestPackets.read(bad).problems();
        assertThat(problems).extracting(PacketProblem::code).containsOnly(ProblemCode.ID_JSON_INVALID);
        assertThat(problems)
                .extracting(PacketProblem::what)
                .containsExactly("Field email is longer than 4096", "Field gender is not in a MOSIP value shape");
        assertThat(problems.toString()).doesNotContain("xxxx");
    }

    @Test
    void documentReferenceCannotEscapeTheSubPacket() {
        byte[] bad = PacketSurgery.editSubPacket(GOOD, "evidence", files -> {
            String json =
                    "{\"identity\":{\"proofOfAddress\":{\"format\":\"pdf\",\"type\":\"DOC001\",\"value\":\"../../etc/passwd\"},"
                            + "\"individualBiometrics\":{\"format\":\"cbeff\",\"version\":1.0,\"value\":\"individualBiometrics_bio_CBEFF\"},"
                            + "\"IDSchemaVersion\":0.1}}";
            files.put("ID.json", json.getBytes(StandardCharsets.UTF_8));
            PacketSurgery.rehash(files, "individualBiometrics_bio_CBEFF.xml", "proofOfAddress.pdf", "ID.json");
        });
        assertThat(codes(TestPackets.read(bad))).containsExactly(ProblemCode.ID_JSON_INVALID);
    }

    @Test
    void outerLayoutMustBeRegistrationClientFolders() {
        Map<String, byte[]> outer = PacketSurgery.outer(GOOD);
        var renamed = new LinkedHashMap<String, byte[]>();
        outer.forEach((name, bytes) -> renamed.put(name.replace("/NEW/", "/UNKNOWN/"), bytes));
        assertThat(codes(TestPackets.read(PacketSurgery.sealOuter(renamed)))).containsOnly(ProblemCode.LAYOUT_INVALID);
        outer.remove(ID + ".json");
        outer.remove(ID + ".zip");
        assertThat(TestPackets.read(PacketSurgery.sealOuter(outer)).problems())
                .extracting(PacketProblem::what)
                .containsExactly("The id sub-packet is missing");
    }

    @Test
    void pathTraversalAndDuplicateEntriesAreRefused() {
        for (String name : new String[] {"../evil.zip", "/abs.zip", "REGISTRATION_CLIENT/NEW/../../x", "C:\\x.zip"}) {
            var entries = new LinkedHashMap<String, byte[]>(PacketSurgery.outer(GOOD));
            entries.put(name, new byte[] {1});
            assertThat(codes(TestPackets.read(PacketSurgery.sealOuter(entries))))
                    .as(name)
                    .containsExactly(ProblemCode.ZIP_UNSAFE_NAME);
        }
        var two = new LinkedHashMap<String, byte[]>();
        two.put("dupA.json", new byte[] {1});
        two.put("dupB.json", new byte[] {2});
        byte[] doubled = replace(ZipEntries.write(two), "dupB", "dupA");
        byte[] sealed = org.openfid.packet.crypto.PacketCipher.encrypt(doubled, TestPackets.SERVER_CERTIFICATE);
        assertThat(TestPackets.read(sealed).problems())
                .extracting(PacketProblem::code, PacketProblem::what)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        ProblemCode.ZIP_UNSAFE_NAME, "Entry given twice: dupA.json"));
    }

    @Test
    void zipBombIsStoppedAtTheLimit() {
        var limits = new PacketLimits(50L << 20, 200, 1 << 20, 4 << 20, 100, 4096);
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("REGISTRATION_CLIENT/NEW/" + TestPackets.RID + "_id.zip", new byte[8 << 20]);
        byte[] bomb = PacketSurgery.sealOuter(entries);
        assertThat(bomb.length).isLessThan(100_000);
        var reading = new PacketReader(
                        new JcaPacketOpener(TestPackets.SERVER.getPrivate(), TestPackets.SERVER_CERTIFICATE), limits)
                .read(bomb, TestPackets.REFERENCE_ID, TestPackets.MACHINE.getPublic());
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.ZIP_TOO_LARGE);
            assertThat(p.what()).contains("exceeds 1048576 bytes");
        });
    }

    @Test
    void tooManyEntriesAndTooLargePacketsAreRefused() {
        var entries = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < 300; i++) {
            entries.put("f" + i + ".json", new byte[] {1});
        }
        assertThat(codes(TestPackets.read(PacketSurgery.sealOuter(entries))))
                .containsExactly(ProblemCode.ZIP_TOO_LARGE);
        var small = new PacketLimits(1000, 200, 1 << 20, 4 << 20, 100, 4096);
        var reading = new PacketReader(
                        new JcaPacketOpener(TestPackets.SERVER.getPrivate(), TestPackets.SERVER_CERTIFICATE), small)
                .read(GOOD, TestPackets.REFERENCE_ID, TestPackets.MACHINE.getPublic());
        assertThat(codes(reading)).containsExactly(ProblemCode.PACKET_TOO_LARGE);
    }

    @Test
    void truncatedPacketsAreRefused() {
        for (int length : new int[] {0, 10, 44, 300, GOOD.length / 2, GOOD.length - 1}) {
            assertThat(codes(TestPackets.read(Arrays.copyOf(GOOD, length))))
                    .as("length " + length)
                    .containsExactly(ProblemCode.DECRYPTION_FAILED);
        }
        byte[] zip = ZipEntries.write(PacketSurgery.outer(GOOD));
        byte[] truncated = org.openfid.packet.crypto.PacketCipher.encrypt(
                Arrays.copyOf(zip, zip.length / 2), TestPackets.SERVER_CERTIFICATE);
        assertThat(codes(TestPackets.read(truncated))).isNotEmpty().doesNotContainNull();
    }

    private static byte[] replace(byte[] data, String from, String to) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        return text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    static java.util.List<ProblemCode> codes(PacketReading reading) {
        assertThat(reading.packet()).isNull();
        return reading.problems().stream().map(PacketProblem::code).toList();
    }
}
