package org.openfid.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.packet.crypto.PacketCipher;
import org.openfid.packet.layout.PacketFiles;
import org.openfid.packet.zip.ZipEntries;

/**
 * Seeded random damage at every layer (outer plain zip, sub-packet zip, files inside, JSON), re-sealed
 * so the damage reaches the deeper checks. Whatever the damage, the reader answers with a reading
 * (never an exception), and a reading without problems carries a packet.
 */
class PacketFuzzTests {

    private static final byte[] GOOD =
            TestPackets.writer().write(TestPackets.sample()).bytes();
    private static final Map<String, byte[]> OUTER = PacketSurgery.outer(GOOD);
    private static final String ID = PacketSurgery.FOLDER + TestPackets.RID + "_id";
    private static final byte[] ID_PLAIN = PacketSurgery.open(OUTER.get(ID + ".zip"));

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void damagedPacketsGiveProblemsNotExceptions(long seed) {
        var random = new Random(seed);
        byte[] damaged = switch ((int) (seed % 5)) {
            case 0 -> PacketCipher.encrypt(flip(ZipEntries.write(OUTER), random), TestPackets.SERVER_CERTIFICATE);
            case 1 -> resealId(flip(ID_PLAIN, random));
            case 2 -> resealId(Arrays.copyOf(ID_PLAIN, random.nextInt(ID_PLAIN.length)));
            case 3 -> damageFile(random);
            default -> PacketCipher.encrypt(garbage(random), TestPackets.SERVER_CERTIFICATE);
        };
        PacketReading[] reading = new PacketReading[1];
        assertThatCode(() -> reading[0] = TestPackets.read(damaged)).doesNotThrowAnyException();
        assertThat(reading[0].valid()).isEqualTo(reading[0].packet() != null);
        for (PacketProblem problem : reading[0].problems()) {
            assertThat(problem.what()).doesNotContain("Ada", "Lovelace", "9876543210", "Exception", "\tat ");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void damagedJsonIsReportedPrecisely(long seed) {
        var random = new Random(seed);
        String file = seed % 2 == 0 ? PacketFiles.ID_JSON : PacketFiles.META_INFO;
        byte[] damaged = PacketSurgery.editSubPacket(GOOD, "optional", files -> {
            files.put(file, flip(files.get(file), random));
            PacketSurgery.rehash(files, "individualBiometrics_bio_CBEFF.xml", PacketFiles.ID_JSON);
        });
        PacketReading reading = TestPackets.read(damaged);
        if (!reading.valid()) {
            assertThat(reading.problems()).allSatisfy(p -> assertThat(p.where()).startsWith("optional"));
        }
    }

    private static byte[] resealId(byte[] plain) {
        var outer = new java.util.LinkedHashMap<>(OUTER);
        PacketSurgery.resealSubPacket(outer, ID, plain);
        return PacketSurgery.sealOuter(outer);
    }

    private static byte[] damageFile(Random random) {
        return PacketSurgery.editSubPacket(GOOD, "id", files -> {
            List<String> names = new ArrayList<>(files.keySet());
            String name = names.get(random.nextInt(names.size()));
            files.put(name, flip(files.get(name), random));
        });
    }

    private static byte[] flip(byte[] data, Random random) {
        byte[] copy = data.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return copy;
    }

    private static byte[] garbage(Random random) {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        if (bytes.length > 4 && random.nextBoolean()) {
            bytes[0] = 'P';
            bytes[1] = 'K';
            bytes[2] = 3;
            bytes[3] = 4;
        }
        return bytes;
    }
}
