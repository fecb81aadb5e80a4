package org.openfid.spi.biometrics.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.machinezoo.fingerprintio.TemplateFormat;
import com.machinezoo.fingerprintio.iso19794p2v2011.Iso19794p2v2011Template;
import com.machinezoo.sourceafis.FingerprintCompatibility;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.spi.biometrics.BiometricFormatException;

/** ISO/IEC 19794-2:2011 records are read into the 2005 model; SourceAFIS and FingerprintIO write them. */
class FingerMinutiaeRecord2011Test {

    private static final byte[] SOURCEAFIS_2011 = FingerprintCompatibility.exportTemplates(
            TemplateFormat.ISO_19794_2_2011,
            FingerprintCompatibility.importTemplate(FingerMinutiaeRecordTest.sourceafis("iso-probe.dat")));

    private static byte[] sourceAfis2011() {
        return SOURCEAFIS_2011.clone();
    }

    @Test
    void sourceAfis2011ExportReadsLikeIts2005Export() {
        var template = FingerprintCompatibility.importTemplate(FingerMinutiaeRecordTest.sourceafis("iso-probe.dat"));
        byte[] v2011 = FingerprintCompatibility.exportTemplates(TemplateFormat.ISO_19794_2_2011, template);
        byte[] v2005 = FingerprintCompatibility.exportTemplates(TemplateFormat.ISO_19794_2_2005, template);

        var from2011 = FingerMinutiaeRecord.read(v2011);
        var from2005 = FingerMinutiaeRecord.read(v2005);

        assertThat(Arrays.copyOf(v2011, 8)).containsExactly('F', 'M', 'R', 0, '0', '3', '0', 0);
        assertThat(from2011.width()).isEqualTo(from2005.width());
        assertThat(from2011.resolutionX()).isEqualTo(from2005.resolutionX());
        assertThat(from2011.views().getFirst().minutiae())
                .isEqualTo(from2005.views().getFirst().minutiae());
        var oracle = new Iso19794p2v2011Template(v2011);
        assertThat(from2011.views().getFirst().minutiae())
                .hasSize(oracle.fingerprints.getFirst().minutiae.size());
        assertThat(FingerMinutiaeRecord.read(from2011.toBytes()))
                .as("converted to 2005")
                .isEqualTo(from2011);
    }

    @Test
    void impressionTypesWithout2005EquivalentAreRefused() {
        var template = new Iso19794p2v2011Template(sourceAfis2011());
        template.fingerprints.getFirst().scanType =
                com.machinezoo.fingerprintio.iso19794p2v2011.Iso19794p2v2011ScanType.LIVE_CONTACTLESS;
        byte[] bytes = template.toByteArray();
        assertThatThrownBy(() -> FingerMinutiaeRecord.read(bytes))
                .isInstanceOf(BiometricFormatException.class)
                .hasMessageContaining("impression type")
                .hasMessageContaining("code 24 has no ISO 19794-2:2005 equivalent");
    }

    @Test
    void unknownVersionIsRefused() {
        byte[] bytes = sourceAfis2011();
        bytes[5] = '4';
        assertThatThrownBy(() -> FingerMinutiaeRecord.read(bytes))
                .hasMessageContaining("version number at offset 4")
                .hasMessageContaining("(2011)");
    }

    static LongStream seeds() {
        return LongStream.range(1, 31);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomCorruptionIsReadConsistentlyOrRefusedCleanly(long seed) {
        var random = new Random(seed);
        byte[] bytes = sourceAfis2011();
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(Math.min(bytes.length, 80))] = (byte) random.nextInt(256);
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
}
