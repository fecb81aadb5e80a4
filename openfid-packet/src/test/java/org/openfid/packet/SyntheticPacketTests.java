package org.openfid.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.packet.synthetic.SyntheticPackets;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.synth.people.SyntheticPerson;
import org.openfid.synth.people.SyntheticPopulation;

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
        var registration = new SyntheticPackets.Registration(
                TestPackets.RID,
                PacketProcess.NEW,
                "10001",
                "10077",
                LocalDateTime.of(2026, 11, 22, 10, 0, 0),
                "110005",
                null);
        return new SyntheticPackets(population).packet(person, registration, FINGERS);
    }
}
