package org.openfid.spi.biometrics.cbeff;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.iso.FingerImageCompression;
import org.openfid.spi.biometrics.iso.FingerImageRecord;

/** Documents shaped like a MOSIP registration packet's biometrics, for the CBEFF tests. */
final class CbeffSamples {

    static final Instant CAPTURED = Instant.parse("2026-11-22T08:30:15.250Z");

    private CbeffSamples() {}

    static byte[] fingerRecord(BiometricSubtype finger, long seed) {
        var random = new Random(seed);
        byte[] pixels = new byte[48 * 64];
        random.nextBytes(pixels);
        return FingerImageRecord.of(new GrayscaleImage(48, 64, 500, pixels), finger, FingerImageCompression.PNG)
                .toBytes();
    }

    static CbeffDocument packet(long seed) {
        var random = new Random(seed);
        var birs = new ArrayList<Bir>();
        for (var finger : List.of(BiometricSubtype.RIGHT_THUMB, BiometricSubtype.LEFT_INDEX)) {
            var info = BdbInfo.enrolment(
                    uuid(random), SampleFormat.ISO_19794_4_2011, finger, CAPTURED, 40 + random.nextInt(60));
            birs.add(Bir.of(info, fingerRecord(finger, random.nextLong()))
                    .withSignatureBlock("eyJhbGciOiJSUzI1NiJ9..sig".getBytes(StandardCharsets.US_ASCII))
                    .withOthers(others(random)));
        }
        var iris =
                BdbInfo.enrolment(uuid(random), SampleFormat.ISO_19794_6_2011, BiometricSubtype.LEFT_EYE, CAPTURED, 77);
        birs.add(Bir.of(iris, bytes(random, 300)));
        var face = BdbInfo.enrolment(uuid(random), SampleFormat.ISO_19794_5_2011, BiometricSubtype.FACE, CAPTURED, 90);
        birs.add(Bir.of(face, bytes(random, 500)).withOthers(others(random)));
        var exception = new BdbInfo(
                null,
                new RegistryId(RegistryId.MOSIP, "8"),
                CAPTURED,
                BdbType.EXCEPTION_PHOTO,
                null,
                BdbLevel.RAW,
                BdbPurpose.ENROLL,
                new BdbQuality(RegistryId.MOSIP_QUALITY_ALGORITHM, null, "not scored"));
        birs.add(Bir.of(exception, bytes(random, 200)));
        return CbeffDocument.of(birs);
    }

    private static LinkedHashMap<String, String> others(Random random) {
        var entries = new LinkedHashMap<String, String>();
        entries.put("SPEC_VERSION", "0.9.5");
        entries.put("RETRIES", String.valueOf(random.nextInt(3)));
        entries.put("FORCE_CAPTURED", "false");
        entries.put("EXCEPTION", "false");
        entries.put("PAYLOAD", "{\"digitalId\":\"<signed & \\\"quoted\\\">\",\"n\":" + random.nextInt() + "}");
        entries.put("SDK_SCORE", "0.0");
        return entries;
    }

    private static UUID uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static byte[] bytes(Random random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
