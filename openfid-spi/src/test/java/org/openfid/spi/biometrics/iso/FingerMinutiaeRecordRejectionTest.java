package org.openfid.spi.biometrics.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.spi.biometrics.BiometricFormatException;
import org.openfid.spi.biometrics.BiometricSubtype;

class FingerMinutiaeRecordRejectionTest {

    /** One view of two minutiae: header 24, view header 4, minutiae at 28 and 34, extended length at 40. */
    private static byte[] small() {
        var minutiae = List.of(
                new Minutia(MinutiaType.ENDING, 10, 20, 30, 40), new Minutia(MinutiaType.BIFURCATION, 99, 149, 200, 0));
        return FingerMinutiaeRecord.of(100, 150, 500, List.of(FingerView.of(BiometricSubtype.LEFT_INDEX, 50, minutiae)))
                .toBytes();
    }

    private static void assertRefused(byte[] bytes, String... fragments) {
        assertThatThrownBy(() -> FingerMinutiaeRecord.read(bytes))
                .isInstanceOf(BiometricFormatException.class)
                .hasMessageStartingWith("ISO 19794-2 finger minutiae record: ")
                .hasMessageContainingAll(fragments);
    }

    @Test
    void theSmallRecordHasTheExpectedLayout() {
        byte[] bytes = small();
        assertThat(bytes).hasSize(42);
        assertThat(bytes[24]).isEqualTo((byte) 7);
        assertThat(bytes[28]).isEqualTo((byte) 0x40);
        assertThat(FingerMinutiaeRecord.read(bytes).views().getFirst().subtype())
                .contains(BiometricSubtype.LEFT_INDEX);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 88, format identifier at offset 0",
        "4, 0x32, version number at offset 4",
        "12, 0x10, capture equipment at offset 12",
        "14, 0, image width",
        "22, 177, number of finger views at offset 22",
        "23, 1, reserved byte at offset 23",
        "24, 11, finger view 1 finger position at offset 24",
        "25, 4, finger view 1 impression type at offset 25",
        "26, 101, finger view 1 finger quality at offset 26",
        "27, 3, finger view 1 minutia 3 y at offset 42",
        "28, 0xc0, finger view 1 minutia 1 type at offset 28",
        "29, 100, finger view 1 minutia 1 x at offset 28",
        "30, 0x40, finger view 1 minutia 1 y at offset 30",
        "33, 101, finger view 1 minutia 1 quality at offset 33",
        "41, 1, finger view 1 extended data length at offset 40",
        "25, 0x10, view 1 of finger position 7 should be view 0",
    })
    void fieldsWithImpossibleValues(int offset, String value, String expected) {
        byte[] bytes = small();
        bytes[offset] = (byte) (int) Integer.decode(value);
        if (offset == 14) {
            bytes[15] = 0;
        }
        assertRefused(bytes, expected);
    }

    @Test
    void lengthsThatDisagree() {
        byte[] longer = small();
        longer[11]++;
        assertRefused(longer, "record length at offset 8", "declares 43 bytes but the record has 42");
        byte[] shorter = small();
        shorter[11]--;
        assertRefused(shorter, "extended data length at offset 40", "truncated");
        byte[] garbage = Arrays.copyOf(small(), 50);
        garbage[49] = 1;
        assertRefused(garbage, "record length", "only zero padding may follow");
        byte[] padded = Arrays.copyOf(small(), 64);
        assertThat(FingerMinutiaeRecord.read(padded)).isEqualTo(FingerMinutiaeRecord.read(small()));
    }

    static IntStream truncations() {
        return IntStream.of(0, 3, 8, 11, 12, 20, 23, 24, 27, 28, 33, 34, 40, 41);
    }

    @ParameterizedTest
    @MethodSource("truncations")
    void truncatedAnywhere(int keep) {
        byte[] cut = Arrays.copyOf(small(), keep);
        if (keep >= 12) {
            cut[11] = (byte) keep;
        }
        assertThatThrownBy(() -> FingerMinutiaeRecord.read(cut)).isInstanceOf(BiometricFormatException.class);
    }

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomCorruptionIsReadConsistentlyOrRefusedCleanly(long seed) {
        var random = new Random(seed);
        byte[] bytes = seed % 2 == 0 ? small() : FingerMinutiaeRecordTest.sourceafis("iso-probe.dat");
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(Math.min(bytes.length, 263))] = (byte) random.nextInt(256);
        }
        try {
            var record = FingerMinutiaeRecord.read(bytes);
            assertThat(FingerMinutiaeRecord.read(record.toBytes())).isEqualTo(record);
        } catch (BiometricFormatException expected) {
            assertThat(expected.getMessage())
                    .startsWith("ISO 19794-2 finger minutiae record: ")
                    .contains(" at offset ");
        }
    }

    @Test
    void buildingRefusesWhatTheFormatCannotHold() {
        var outside = List.of(new Minutia(MinutiaType.ENDING, 100, 0, 0, 0));
        assertThatThrownBy(() -> FingerMinutiaeRecord.of(
                        100, 100, 500, List.of(FingerView.of(BiometricSubtype.LEFT_INDEX, 0, outside))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the 100x100 image");
        var second = new FingerView(7, 1, 0, 0, List.of(), new byte[0]);
        assertThatThrownBy(() -> FingerMinutiaeRecord.of(100, 100, 500, List.of(second)))
                .hasMessageContaining("should be view 0");
        assertThatThrownBy(() -> new Minutia(MinutiaType.ENDING, 0, 0, 256, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FingerView.of(BiometricSubtype.FACE, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
