package org.openfid.enrolment.pipeline;

import java.security.KeyPair;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.EnrolmentCase;
import org.openfid.enrolment.StageRecord;
import org.openfid.identity.Rid;
import org.openfid.masterdata.Machine;
import org.openfid.masterdata.Samples;
import org.openfid.packet.BiometricField;
import org.openfid.packet.FieldCategory;
import org.openfid.packet.PacketProcess;
import org.openfid.packet.RegistrationPacket;
import org.openfid.packet.synthetic.SyntheticPackets;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;

/**
 * Helpers for the validation stage tests: packets of synthetic people made at any machine, at any
 * time, changed before they are built; a scratch machine per test that may be deactivated or moved
 * without touching the shared station; and the stage history of a RID after a drain.
 */
abstract class StageChecksContext extends PipelineContext {

    /** The fixture time: Monday 2026-11-23 10:15:30 UTC, 11:15 in the test centre (Africa/Casablanca). */
    static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 11, 23, 10, 15, 30);

    private static final AtomicInteger SEQUENCE = new AtomicInteger(40_000);

    /** A machine registered at the test centre, with its own key. */
    record Station(String centre, String machine, KeyPair key) {}

    /** A fresh active machine at the shared test centre, signing with a fresh RSA key. */
    Station scratchMachine() {
        String id = Samples.fiveDigits();
        KeyPair key = rsa();
        Machine sample = Samples.machine(id, station[0]);
        stores.of(Machine.class)
                .create(new Machine(
                        id,
                        sample.name(),
                        sample.serial(),
                        station[0],
                        pem(key),
                        null,
                        sample.encryptionKey(),
                        null,
                        true,
                        0));
        return new Station(station[0], id, key);
    }

    /** The shared station of {@link PipelineContext}. */
    static Station shared() {
        return new Station(station[0], station[1], MACHINE_KEY);
    }

    /** A fresh RID of {@code at}, dated {@code created}. */
    static String rid(Station at, LocalDateTime created) {
        return at.centre()
                + at.machine()
                + String.format("%05d", SEQUENCE.incrementAndGet() % 100_000)
                + created.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }

    /**
     * The NEW packet of synthetic {@code person} made at {@code at} at {@code created} by {@code
     * officer} (and {@code supervisor}), changed by {@code change} before it is built.
     */
    static RegistrationPacket packet(
            Station at,
            String rid,
            int person,
            LocalDateTime created,
            String officer,
            @Nullable String supervisor,
            List<BiometricSubtype> fingers,
            Consumer<RegistrationPacket.Builder> change) {
        var registration = new SyntheticPackets.Registration(
                rid, PacketProcess.NEW, at.centre(), at.machine(), created, officer, supervisor);
        var builder = new SyntheticPackets(POPULATION).builder(POPULATION.person(person), registration, fingers);
        change.accept(builder);
        return builder.build();
    }

    /** A NEW packet of {@code person} at the shared station, Monday morning, with a change. */
    static RegistrationPacket packet(String rid, int person, Consumer<RegistrationPacket.Builder> change) {
        return packet(shared(), rid, person, MONDAY_MORNING, officer(station[0]), null, FINGERS, change);
    }

    /** Writes, syncs, uploads and drains the pipeline; returns the case's stage history. */
    List<StageRecord> process(Station at, RegistrationPacket packet) throws Exception {
        submit(packet.rid(), written(packet, at.key()), "NEW", "APPROVED");
        pipeline.drain();
        return enrolments.history(new Rid(packet.rid()));
    }

    /** The history record of {@code stage}, the last one if it ran more than once. */
    static Optional<StageRecord> record(List<StageRecord> history, String stage) {
        return history.stream().filter(r -> r.stage().equals(stage)).reduce((first, second) -> second);
    }

    /**
     * Records already handed to a test: every enrolment in this context shares one ABIS gallery, so
     * the same synthetic person processed by two tests would be a (correctly found) duplicate.
     */
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The first person from {@code from} on, not yet handed out, who is an adult on the fixture day. */
    static int adult(int from) {
        return person(from, true);
    }

    /** The first person from {@code from} on, not yet handed out, who is a minor (five or older). */
    static int minor(int from) {
        return person(from, false);
    }

    private static int person(int from, boolean adult) {
        for (int index = from; index < POPULATION.count(); index++) {
            String born = POPULATION
                    .identity(POPULATION.person(index))
                    .path("dateOfBirth")
                    .asString();
            int age = java.time.Period.between(
                            java.time.LocalDate.parse(born.replace('/', '-')), MONDAY_MORNING.toLocalDate())
                    .getYears();
            boolean wanted = adult ? age >= 18 : age >= 5 && age < 18;
            if (wanted && !POPULATION.person(index).isDuplicate() && HANDED_OUT.add(index)) {
                return index;
            }
        }
        throw new IllegalStateException("No such person in the test population");
    }

    /** A finger's BIR as a station writes it, of the person's real image or of a faded copy. */
    static org.openfid.spi.biometrics.cbeff.Bir finger(int person, BiometricSubtype finger, boolean faded) {
        GrayscaleImage image = POPULATION.fingerImage(POPULATION.person(person), finger);
        if (faded) {
            byte[] pixels = image.pixels().clone();
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (byte) (200 + ((pixels[i] & 0xff) - 128) / 16);
            }
            image = new GrayscaleImage(image.width(), image.height(), image.ppi(), pixels);
        }
        return SyntheticPackets.fingerBir(finger, image, MONDAY_MORNING.toInstant(ZoneOffset.UTC));
    }

    /** Replaces the applicant's biometrics with these BIRs (the packet must be built without fingers). */
    static Consumer<RegistrationPacket.Builder> biometrics(List<org.openfid.spi.biometrics.cbeff.Bir> birs) {
        return builder -> builder.biometrics(
                new BiometricField("individualBiometrics", CbeffDocument.of(birs), FieldCategory.PVT));
    }

    EnrolmentCase enrolment(String rid) {
        return enrolments.find(new Rid(rid)).orElseThrow();
    }
}
