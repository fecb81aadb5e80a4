package org.openfid.packet;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openfid.packet.layout.PacketFiles;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.cbeff.BdbInfo;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;
import org.openfid.spi.biometrics.iso.FingerImageCompression;
import org.openfid.spi.biometrics.iso.FingerImageRecord;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/** Keys (made once per test run) and a sample packet with every kind of content. */
final class TestPackets {

    static final KeyPair MACHINE = rsa();
    static final KeyPair SERVER = rsa();
    static final X509Certificate SERVER_CERTIFICATE = selfSigned(SERVER);
    static final String REFERENCE_ID = "10001_10077";
    static final String RID = "10001100771006920220128223618";

    private TestPackets() {}

    static PacketWriter writer() {
        return new PacketWriter(new JcaPacketSigner(MACHINE.getPrivate()), SERVER_CERTIFICATE);
    }

    static PacketReader reader() {
        return new PacketReader(new JcaPacketOpener(SERVER.getPrivate(), SERVER_CERTIFICATE), PacketLimits.DEFAULT);
    }

    static PacketReading read(byte[] uploaded) {
        return reader().read(uploaded, REFERENCE_ID, MACHINE.getPublic());
    }

    static RegistrationPacket sample() {
        var nodes = JsonNodeFactory.instance;
        ArrayNode fullName = nodes.arrayNode();
        fullName.addObject().put("language", "eng").put("value", "Ada Lovelace");
        fullName.addObject().put("language", "fra").put("value", "Ada Lovelace");
        return RegistrationPacket.builder(RID, PacketProcess.NEW)
                .centre("10001", "10077")
                .createdAt(LocalDateTime.of(2022, 1, 28, 22, 36, 18))
                .field("fullName", fullName, FieldCategory.PVT)
                .field("dateOfBirth", StringNode.valueOf("1990/12/10"), FieldCategory.PVT)
                .field("phone", StringNode.valueOf("9876543210"), FieldCategory.KYC)
                .field("residenceStatus", StringNode.valueOf("NFR"), FieldCategory.NONE)
                .field("email", StringNode.valueOf("ada@example.org"), FieldCategory.OPTIONAL)
                .document(new PacketDocument(
                        "proofOfAddress",
                        "pdf",
                        "DOC001",
                        "proofOfAddress",
                        null,
                        "%PDF-1.7 address".getBytes(StandardCharsets.US_ASCII),
                        FieldCategory.EVIDENCE))
                .biometrics(new BiometricField("individualBiometrics", cbeff(1), FieldCategory.NONE))
                .officer(new Operator("110005", cbeff(2)))
                .supervisor(new Operator("110006", null))
                .metaData("consentOfApplicant", "Yes")
                .operationsData("officerPassword", "true")
                .exception(new BiometricException("leftLittle", "Missing", "Permanent"))
                .audit(Map.of("eventId", "REG-EVT-001", "moduleName", "Registration"))
                .build();
    }

    static CbeffDocument cbeff(long seed) {
        var random = new Random(seed);
        var birs = List.of(BiometricSubtype.RIGHT_THUMB, BiometricSubtype.LEFT_INDEX).stream()
                .map(finger -> {
                    byte[] pixels = new byte[32 * 40];
                    random.nextBytes(pixels);
                    byte[] record = FingerImageRecord.of(
                                    new GrayscaleImage(32, 40, 500, pixels), finger, FingerImageCompression.PNG)
                            .toBytes();
                    var info = BdbInfo.enrolment(
                            new UUID(random.nextLong(), random.nextLong()),
                            SampleFormat.ISO_19794_4_2011,
                            finger,
                            Instant.parse("2022-01-28T22:36:00Z"),
                            80);
                    return Bir.of(info, record);
                })
                .toList();
        return CbeffDocument.of(birs);
    }

    static String dataHashOf(byte[] bytes) {
        return PacketFiles.sha256Hex(List.of(bytes));
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate selfSigned(KeyPair keys) {
        try {
            var name = new X500Name("CN=OpenFID test registration server");
            var builder = new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.ONE,
                    Date.from(Instant.now().minusSeconds(60)),
                    Date.from(Instant.now().plusSeconds(86_400)),
                    name,
                    keys.getPublic());
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
