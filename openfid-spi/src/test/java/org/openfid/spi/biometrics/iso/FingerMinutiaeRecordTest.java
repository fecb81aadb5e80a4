package org.openfid.spi.biometrics.iso;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.fingerprintio.TemplateFormat;
import com.machinezoo.fingerprintio.iso19794p2v2005.Iso19794p2v2005Template;
import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openfid.spi.biometrics.BiometricSubtype;

/** Round trips, with FingerprintIO (strict) and SourceAFIS as independent oracles. */
class FingerMinutiaeRecordTest {

    static byte[] sourceafis(String name) {
        try (var in = FingerMinutiaeRecordTest.class.getResourceAsStream("/sourceafis/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("Missing test resource " + name, e);
        }
    }

    static List<Minutia> randomMinutiae(Random random, int count, int width, int height) {
        var minutiae = new ArrayList<Minutia>();
        for (int i = 0; i < count; i++) {
            minutiae.add(new Minutia(
                    MinutiaType.values()[1 + random.nextInt(2)],
                    random.nextInt(width),
                    random.nextInt(height),
                    random.nextInt(256),
                    random.nextInt(101)));
        }
        return minutiae;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void writtenRecordsReadBackAndPassFingerprintIoStrictValidation(long seed) {
        var random = new Random(seed);
        var views = List.of(
                FingerView.of(BiometricSubtype.LEFT_INDEX, 80, randomMinutiae(random, 40, 400, 500)),
                new FingerView(7, 1, 1, 60, randomMinutiae(random, 1 + random.nextInt(255), 400, 500), new byte[0]),
                FingerView.of(BiometricSubtype.RIGHT_THUMB, 0, List.of()));
        var record = FingerMinutiaeRecord.of(400, 500, 500, views);

        byte[] bytes = record.toBytes();

        assertThat(FingerMinutiaeRecord.read(bytes)).isEqualTo(record);
        var oracle = new Iso19794p2v2005Template(bytes);
        assertThat(oracle.width).isEqualTo(400);
        assertThat(oracle.resolutionX).isEqualTo(197);
        assertThat(oracle.fingerprints).hasSize(3);
        for (int v = 0; v < views.size(); v++) {
            var expected = views.get(v);
            var actual = oracle.fingerprints.get(v);
            assertThat(actual.position.ordinal()).isEqualTo(expected.position());
            assertThat(actual.view).isEqualTo(expected.viewNumber());
            assertThat(actual.quality).isEqualTo(expected.quality());
            assertThat(actual.minutiae).hasSameSizeAs(expected.minutiae());
            for (int m = 0; m < expected.minutiae().size(); m++) {
                var mine = expected.minutiae().get(m);
                var theirs = actual.minutiae.get(m);
                assertThat(List.of(
                                theirs.type.ordinal(),
                                theirs.positionX,
                                theirs.positionY,
                                theirs.angle,
                                theirs.quality))
                        .containsExactly(mine.type().code(), mine.x(), mine.y(), mine.angle(), mine.quality());
            }
        }
        assertThat(oracle.toByteArray())
                .as("FingerprintIO re-encodes to the same bytes")
                .isEqualTo(bytes);
    }

    @Test
    void sourceAfisTemplatesReadAndRewriteByteForByte() {
        for (var name : List.of("iso-probe.dat", "iso-matching.dat", "iso-nonmatching.dat")) {
            byte[] bytes = sourceafis(name);
            var record = FingerMinutiaeRecord.read(bytes);
            assertThat(record.views()).hasSize(1);
            assertThat(record.views().getFirst().minutiae()).isNotEmpty();
            byte[] rewritten = record.toBytes();
            assertThat(rewritten)
                    .as(name + " up to its declared length")
                    .isEqualTo(java.util.Arrays.copyOf(bytes, rewritten.length));
            assertThat(bytes.length).as(name + " is zero-padded").isEqualTo(384);
        }
    }

    @Test
    void sourceAfisImportsWhatWeWriteAndStillMatchesTheSameFinger() {
        var probe = FingerMinutiaeRecord.read(sourceafis("iso-probe.dat"));
        var views = probe.views().stream()
                .map(v -> new FingerView(v.position(), 0, 0, v.quality(), v.minutiae(), new byte[0]))
                .toList();
        byte[] ours = new FingerMinutiaeRecord(
                        false, 0, probe.width(), probe.height(), probe.resolutionX(), probe.resolutionY(), views)
                .toBytes();

        var imported = FingerprintCompatibility.importTemplate(ours);
        var matcher = new FingerprintMatcher(imported);

        var matching = FingerprintCompatibility.importTemplate(sourceafis("iso-matching.dat"));
        var nonMatching = FingerprintCompatibility.importTemplate(sourceafis("iso-nonmatching.dat"));
        assertThat(matcher.match(matching)).isGreaterThan(40);
        assertThat(matcher.match(nonMatching)).isLessThan(40);
        assertThat(matcher.match(FingerprintCompatibility.importTemplate(sourceafis("iso-probe.dat"))))
                .isGreaterThan(100);
    }

    @Test
    void sourceAfisExportReadsWithMinutiaeWithinQuantisation() {
        FingerprintTemplate template = FingerprintCompatibility.importTemplate(sourceafis("iso-probe.dat"));
        byte[] exported = FingerprintCompatibility.exportTemplates(TemplateFormat.ISO_19794_2_2005, template);

        var record = FingerMinutiaeRecord.read(exported);
        var original = FingerMinutiaeRecord.read(sourceafis("iso-probe.dat"));

        assertThat(record.resolutionX()).isEqualTo(197);
        var theirs = new Iso19794p2v2005Template(exported);
        assertThat(record.views()).hasSize(theirs.fingerprints.size());
        var minutiae = record.views().getFirst().minutiae();
        assertThat(minutiae).hasSameSizeAs(original.views().getFirst().minutiae());
        double scale = 197 * 2.54 / (original.resolutionX() * 2.54);
        for (var before : original.views().getFirst().minutiae()) {
            assertThat(minutiae)
                    .as("a minutia near (%d, %d) at angle %d", before.x(), before.y(), before.angle())
                    .anyMatch(after -> Math.abs(after.x() - before.x() * scale) <= 1.5
                            && Math.abs(after.y() - before.y() * scale) <= 1.5
                            && angleDistance(after.angle(), before.angle()) <= 1);
        }
    }

    @Test
    void degreesConvertToTheNearestUnit() {
        var minutia = Minutia.ofDegrees(MinutiaType.ENDING, 1, 2, 359.9, 0);
        assertThat(minutia.angle()).isZero();
        assertThat(Minutia.ofDegrees(MinutiaType.ENDING, 1, 2, 90, 0).angle()).isEqualTo(64);
        assertThat(new Minutia(MinutiaType.BIFURCATION, 0, 0, 128, 0).angleDegrees())
                .isEqualTo(180.0);
    }

    private static int angleDistance(int a, int b) {
        int d = Math.abs(a - b) & 0xff;
        return Math.min(d, 256 - d);
    }
}
