package org.openfid.spi.biometrics.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.spi.biometrics.BiometricFormatException;
import org.openfid.spi.biometrics.BiometricSubtype;

class FingerImageRecordRejectionTest {

    /** Offsets in a one-representation record without quality or certification blocks. */
    private static final int RECORD_LENGTH = 8;

    private static final int POSITION = 16 + 19;
    private static final int COMPRESSION = POSITION + 12;
    private static final int WIDTH = POSITION + 14;
    private static final int DATA_LENGTH = POSITION + 18;

    private static byte[] raw() {
        return FingerImageRecord.of(
                        TestImages.ridges(30, 20, 1), BiometricSubtype.LEFT_INDEX, FingerImageCompression.UNCOMPRESSED)
                .toBytes();
    }

    private static void assertRefused(byte[] bytes, String... fragments) {
        assertThatThrownBy(() -> FingerImageRecord.read(bytes))
                .isInstanceOf(BiometricFormatException.class)
                .hasMessageStartingWith("ISO 19794-4 finger image record: ")
                .hasMessageContainingAll(fragments);
    }

    @Test
    void layoutOffsetsUsedByTheseTestsAreRight() {
        byte[] bytes = raw();
        assertThat(bytes[POSITION]).isEqualTo((byte) 7);
        assertThat(bytes[COMPRESSION]).isEqualTo((byte) 0);
        assertThat(bytes[WIDTH + 1]).isEqualTo((byte) 30);
        assertThat(bytes[DATA_LENGTH + 3]).isEqualTo((byte) 600);
    }

    @Test
    void wrongMagicOrVersion() {
        byte[] magic = raw();
        magic[0] = 'X';
        assertRefused(magic, "format identifier at offset 0", "\"XIR\\x00\"");
        byte[] version = raw();
        version[6] = '1';
        assertRefused(version, "version number at offset 4");
        byte[] fmr = raw();
        fmr[1] = 'M';
        assertRefused(fmr, "format identifier");
    }

    @ParameterizedTest
    @CsvSource({
        "8, 0, record length at offset 8",
        "12, 0, number of representations at offset 12",
        "14, 2, certification flag at offset 14",
        "15, 3, number of distinct positions at offset 15",
        "35, 11, finger/palm position at offset 35",
        "35, 99, finger/palm position",
        "37, 3, scale units at offset 37",
        "46, 0, bit depth at offset 46",
        "47, 7, compression algorithm at offset 47",
        "48, 17, impression type at offset 48",
        "29, 20, capture device technology at offset 29",
    })
    void fieldsWithImpossibleValues(int offset, int value, String expected) {
        byte[] bytes = raw();
        bytes[offset] = (byte) value;
        if (offset == 8) {
            Arrays.fill(bytes, 8, 12, (byte) 0);
        }
        if (offset == 12) {
            bytes[13] = 0;
        }
        assertRefused(bytes, expected);
    }

    @Test
    void dimensionsLargerThanTheLimitOrTheData() {
        byte[] wide = raw();
        wide[WIDTH] = (byte) 0x10;
        wide[WIDTH + 1] = 0;
        assertRefused(wide, "horizontal line length at offset " + WIDTH, "4096", "expected 1-4000");
        byte[] taller = raw();
        taller[WIDTH + 3] = 21;
        assertRefused(taller, "image data length", "needs 630 bytes, found 600");
        byte[] zero = raw();
        zero[WIDTH + 2] = 0;
        zero[WIDTH + 3] = 0;
        assertRefused(zero, "vertical line length", "is 0");
    }

    @Test
    void lengthsThatDisagree() {
        byte[] record = raw();
        record[RECORD_LENGTH + 3]++;
        assertRefused(record, "record length at offset 8", "declares " + (record.length + 1));
        byte[] representation = raw();
        representation[16 + 3]--;
        assertRefused(representation, "image data length", "leaves 599");
        byte[] shortBlock = FingerImageRecord.of(java.util.List.of(FingerImage.of(
                                TestImages.ridges(10, 10, 1), BiometricSubtype.LEFT_INDEX, FingerImageCompression.PNG)
                        .withExtendedData(java.util.List.of(new ExtendedDataBlock(3, new byte[] {'h', 'i'})))))
                .toBytes();
        shortBlock[shortBlock.length - 3] = 7;
        assertRefused(shortBlock, "extended data block length", "declares 7 bytes but 6 remain");
        byte[] representationTooLong = raw();
        representationTooLong[16 + 3]++;
        assertRefused(representationTooLong, "representation 1 length at offset 16");
        byte[] extra = Arrays.copyOf(raw(), raw().length + 3);
        extra[RECORD_LENGTH + 3] += 3;
        assertRefused(extra, "3 bytes after the last representation");
        byte[] twoClaimed = raw();
        twoClaimed[13] = 2;
        assertRefused(twoClaimed, "representation 2 length at offset " + twoClaimed.length, "truncated");
    }

    @Test
    void invalidCaptureDate() {
        var bytes = FingerImageRecord.of(
                        TestImages.ridges(10, 10, 1),
                        BiometricSubtype.LEFT_INDEX,
                        FingerImageCompression.UNCOMPRESSED,
                        50,
                        java.time.LocalDateTime.of(2026, 2, 28, 0, 0))
                .toBytes();
        bytes[23] = 30;
        assertRefused(bytes, "capture date and time at offset 20", "not a valid date");
    }

    static IntStream truncations() {
        return IntStream.of(0, 1, 3, 4, 7, 8, 11, 12, 15, 16, 19, 20, 28, 34, 40, 49, 50, 65, 66, 300, 665);
    }

    @ParameterizedTest
    @MethodSource("truncations")
    void truncatedAnywhere(int keep) {
        byte[] whole = raw();
        byte[] cut = Arrays.copyOf(whole, keep);
        if (keep >= 12) {
            cut[8] = 0;
            cut[9] = 0;
            cut[10] = (byte) (keep >>> 8);
            cut[11] = (byte) keep;
        }
        assertThatThrownBy(() -> FingerImageRecord.read(cut)).isInstanceOf(BiometricFormatException.class);
    }

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    /**
     * Random byte flips over real records: each either reads (and then re-encodes and re-reads to the
     * same record) or is refused with a BiometricFormatException, never anything else.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomCorruptionIsReadConsistentlyOrRefusedCleanly(long seed) {
        var random = new Random(seed);
        byte[] original = seed % 2 == 0 ? raw() : TestImages.resource("Auth_Left_Index_wsq.iso");
        byte[] bytes = original.clone();
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(Math.min(bytes.length, 80));
            bytes[at] = (byte) random.nextInt(256);
        }
        try {
            var record = FingerImageRecord.read(bytes);
            assertThat(FingerImageRecord.read(record.toBytes())).isEqualTo(record);
        } catch (BiometricFormatException expected) {
            assertThat(expected.getMessage())
                    .startsWith("ISO 19794-4 finger image record: ")
                    .contains(" at offset ");
        }
    }

    @Test
    void corruptPngDataIsRefusedOnDecodeNotOnRead() {
        var record = FingerImageRecord.of(
                TestImages.ridges(50, 50, 2), BiometricSubtype.LEFT_INDEX, FingerImageCompression.PNG);
        byte[] bytes = record.toBytes();
        for (int i = 80; i < bytes.length; i += 7) {
            bytes[i] ^= 0x5a;
        }
        var read = FingerImageRecord.read(bytes).first();
        assertThatThrownBy(read::decode)
                .isInstanceOf(BiometricFormatException.class)
                .hasMessageContaining("PNG data");
    }

    @Test
    void pngWhoseSizeDisagreesWithTheHeaderIsRefused() {
        var png = FingerImage.of(TestImages.ridges(50, 40, 2), BiometricSubtype.LEFT_INDEX, FingerImageCompression.PNG);
        var lying = new FingerImage(
                7,
                0,
                null,
                CaptureDevice.UNREPORTED,
                java.util.List.of(),
                java.util.List.of(),
                1,
                500,
                500,
                500,
                500,
                8,
                FingerImageCompression.PNG,
                0,
                40,
                50,
                png.data(),
                java.util.List.of());
        var read = FingerImageRecord.read(
                        FingerImageRecord.of(java.util.List.of(lying)).toBytes())
                .first();
        assertThatThrownBy(read::decode).hasMessageContaining("is 50x40 but the header says 40x50");
    }
}
