package org.openfid.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.cbeff.BdbInfo;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;
import org.openfid.spi.biometrics.iso.FingerImageCompression;
import org.openfid.spi.biometrics.iso.FingerImageRecord;
import org.openfid.synth.documents.DocumentImages;
import org.openfid.synth.people.SyntheticDocument;
import org.openfid.synth.people.SyntheticPerson;
import org.openfid.synth.people.SyntheticPopulation;
import tools.jackson.databind.JsonNode;

/** A synthetic person (identity, PDF documents, ISO finger images) through writer and reader. */
class SyntheticPacketTests {

    private static final List<BiometricSubtype> FINGERS =
            List.of(BiometricSubtype.RIGHT_THUMB, BiometricSubtype.LEFT_INDEX);

    @Test
    void syntheticPersonSurvivesTheRoundTrip() {
        var population = SyntheticPopulation.demo(5, 3);
        SyntheticPerson person = population.person(1);
        RegistrationPacket packet = packetOf(population, person);

        WrittenPacket written = TestPackets.writer().write(packet);
        PacketReading reading = TestPackets.read(written.bytes());

        assertThat(reading.problems()).isEmpty();
        RegistrationPacket read = reading.packet();
        assertThat(read).isNotNull();
        assertThat(read.fields())
                .extracting(IdentityField::name)
                .containsExactlyInAnyOrderElementsOf(
                        packet.fields().stream().map(IdentityField::name).toList());
        for (IdentityField field : packet.fields()) {
            assertThat(read.fields())
                    .contains(new IdentityField(
                            field.name(),
                            field.value(),
                            field.category() == FieldCategory.PVT ? FieldCategory.KYC : field.category()));
        }
        assertThat(read.documents()).hasSameSizeAs(person.documents());
        for (int i = 0; i < packet.documents().size(); i++) {
            assertThat(read.documents().get(i).content())
                    .isEqualTo(packet.documents().get(i).content());
        }
        List<Bir> birs = read.biometrics().getFirst().cbeff().birs();
        assertThat(birs).extracting(b -> b.bdbInfo().subtype()).containsExactlyElementsOf(FINGERS);
        assertThat(birs.getFirst().bdb())
                .isEqualTo(
                        packet.biometrics().getFirst().cbeff().birs().getFirst().bdb());
    }

    static RegistrationPacket packetOf(SyntheticPopulation population, SyntheticPerson person) {
        var builder = RegistrationPacket.builder(TestPackets.RID, PacketProcess.NEW)
                .centre("10001", "10077")
                .createdAt(LocalDateTime.of(2026, 11, 22, 10, 0, 0))
                .officer(new Operator("110005", null))
                .audit(java.util.Map.of("eventId", "REG-EVT-001", "moduleName", "Registration"));
        JsonNode identity = population.identity(person);
        for (var property : identity.properties()) {
            JsonNode value = property.getValue();
            boolean reference = value.isObject() && value.has("format");
            if (!reference && !property.getKey().equals("IDSchemaVersion")) {
                builder.field(property.getKey(), value, category(property.getKey()));
            }
        }
        var images = new DocumentImages();
        for (SyntheticDocument document : person.documents()) {
            builder.document(new PacketDocument(
                    document.field(),
                    "pdf",
                    document.type(),
                    document.field(),
                    document.number(),
                    images.documentPdf(person, document),
                    FieldCategory.EVIDENCE));
        }
        var birs = FINGERS.stream()
                .map(finger -> Bir.of(
                        BdbInfo.enrolment(
                                UUID.nameUUIDFromBytes(finger.name().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                                SampleFormat.ISO_19794_4_2011,
                                finger,
                                Instant.parse("2026-11-22T10:00:00Z"),
                                70),
                        FingerImageRecord.of(population.fingerImage(person, finger), finger, FingerImageCompression.PNG)
                                .toBytes()))
                .toList();
        builder.biometrics(new BiometricField("individualBiometrics", CbeffDocument.of(birs), FieldCategory.PVT));
        return builder.build();
    }

    private static FieldCategory category(String field) {
        return switch (field) {
            case "phone", "email" -> FieldCategory.OPTIONAL;
            case "residenceStatus", "preferredLang" -> FieldCategory.NONE;
            default -> FieldCategory.PVT;
        };
    }
}
