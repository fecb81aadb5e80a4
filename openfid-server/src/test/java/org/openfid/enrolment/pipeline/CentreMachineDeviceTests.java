package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.StageRecord;
import org.openfid.masterdata.Device;
import org.openfid.masterdata.Machine;
import org.openfid.masterdata.Samples;
import org.openfid.packet.RegistrationPacket;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.cbeff.Bir;

/**
 * CMD_VALIDATION against master data: the machine must be active and at the packet's centre, the
 * packet made within the centre's working hours and not on a holiday, its coordinates real, and
 * every capture device it names known, active and at that centre.
 */
class CentreMachineDeviceTests extends StageChecksContext {

    @Test
    void aMachineDeactivatedAfterTheUploadIsRejected() throws Exception {
        Station scratch = scratchMachine();
        RegistrationPacket packet = at(scratch, MONDAY_MORNING);
        submit(packet.rid(), written(packet, scratch.key()), "NEW", "APPROVED");
        Machine machine = stores.of(Machine.class).get(scratch.machine());
        stores.of(Machine.class).update(machine.id(), with(machine, machine.centreId(), false));

        assertThat(drained(packet)).isEqualTo("RPR-CMD-FAILED-002");
    }

    @Test
    void aMachineMovedToAnotherCentreIsRejected() throws Exception {
        Station scratch = scratchMachine();
        RegistrationPacket packet = at(scratch, MONDAY_MORNING);
        submit(packet.rid(), written(packet, scratch.key()), "NEW", "APPROVED");
        String otherCentre = Samples.centreWithMachine(stores, true)[0];
        Machine machine = stores.of(Machine.class).get(scratch.machine());
        stores.of(Machine.class).update(machine.id(), with(machine, otherCentre, true));

        assertThat(drained(packet)).isEqualTo("RPR-CMD-FAILED-003");
    }

    @Test
    void aPacketMadeAfterClosingTimeIsRejected() throws Exception {
        // 17:00 UTC is 18:00 in Africa/Casablanca; the test centre closes at 16:30 on Mondays
        RegistrationPacket packet = at(shared(), LocalDateTime.of(2026, 11, 23, 17, 0));
        submit(packet.rid(), written(packet, MACHINE_KEY), "NEW", "APPROVED");

        assertThat(drained(packet)).isEqualTo("RPR-CMD-FAILED-010");
    }

    @Test
    void aPacketMadeOnAHolidayIsRejectedAsSuch() throws Exception {
        RegistrationPacket packet = at(shared(), LocalDateTime.of(2026, 1, 1, 10, 0));
        submit(packet.rid(), written(packet, MACHINE_KEY), "NEW", "APPROVED");

        assertThat(drained(packet)).isEqualTo("RPR-CMD-FAILED-011");
    }

    @Test
    void coordinatesThatAreNotCoordinatesAreRejected() throws Exception {
        String rid = rid(shared(), MONDAY_MORNING);
        var packet = packet(
                rid,
                adult(8),
                builder -> builder.metaData("geoLocLatitude", "123.4").metaData("geoLoclongitude", "-6.8"));

        process(shared(), packet);

        assertThat(enrolments
                        .history(new org.openfid.identity.Rid(rid))
                        .getLast()
                        .reasonCode())
                .isEqualTo("RPR-CMD-FAILED-004");
    }

    @Test
    void captureDevicesMustBeKnownActiveAndAtTheCentre() throws Exception {
        String here = "DEV-" + Samples.fiveDigits();
        String elsewhere = "DEV-" + Samples.fiveDigits();
        stores.of(Device.class).create(Samples.device(here, station[0]));
        stores.of(Device.class).create(Samples.device(elsewhere, Samples.centreWithMachine(stores, true)[0]));

        assertThat(withDevice(here)).isEqualTo("RPR-CMD-SUCCESS-001");
        assertThat(withDevice("DEV-UNKNOWN")).isEqualTo("RPR-CMD-FAILED-005");
        assertThat(withDevice(elsewhere)).isEqualTo("RPR-CMD-FAILED-006");
    }

    /** The CMD outcome of a packet whose fingers were captured by {@code device}. */
    private String withDevice(String device) throws Exception {
        int person = adult(9);
        String payload = "{\"deviceCode\":\"" + device + "\",\"bioType\":\"Finger\"}";
        List<Bir> birs = FINGERS.stream()
                .map(finger -> finger(person, finger, false).withOthers(Map.of("PAYLOAD", payload)))
                .toList();
        String rid = rid(shared(), MONDAY_MORNING);
        var packet = packet(
                shared(),
                rid,
                person,
                MONDAY_MORNING,
                officer(station[0]),
                null,
                List.<BiometricSubtype>of(),
                biometrics(birs));
        var history = process(shared(), packet);
        return record(history, "CMD_VALIDATION").map(StageRecord::reasonCode).orElse("not run");
    }

    private RegistrationPacket at(Station where, LocalDateTime created) {
        return packet(
                where, rid(where, created), adult(10), created, officer(where.centre()), null, FINGERS, builder -> {});
    }

    private String drained(RegistrationPacket packet) {
        pipeline.drain();
        assertThat(enrolment(packet.rid()).status()).isEqualTo(CaseStatus.REJECTED);
        StageRecord last =
                enrolments.history(new org.openfid.identity.Rid(packet.rid())).getLast();
        assertThat(last.stage()).isEqualTo("CMD_VALIDATION");
        return last.reasonCode();
    }

    private static Machine with(Machine machine, String centre, boolean active) {
        return new Machine(
                machine.id(),
                machine.name(),
                machine.serial(),
                centre,
                machine.signingKey(),
                null,
                machine.encryptionKey(),
                null,
                active,
                machine.version());
    }
}
