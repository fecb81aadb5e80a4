package org.openfid.biometrics.search;

import com.machinezoo.sourceafis.FingerprintCompatibility;
import java.util.ArrayList;
import java.util.List;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.synth.fingers.SyntheticMinutiae;

/**
 * Template-level synthetic fingers for the search tests, the way the platform receives a foreign
 * minutiae template: openfid-synth's minutiae (impression 0 is the careful enrolment capture, the
 * others ordinary captures with distortion, partial contact, dropped and spurious minutiae), written
 * as an ISO/IEC 19794-2 record and imported by SourceAFIS. Deterministic from the ids.
 */
final class MinutiaeFingers {

    private static final SyntheticMinutiae SYNTH = new SyntheticMinutiae(42);

    private MinutiaeFingers() {}

    /** The minutiae of finger {@code fingerId}'s enrolment impression, as SourceAFIS imported them. */
    static TemplateMinutiae master(long fingerId) {
        return TemplateMinutiae.read(
                finger(BiometricSubtype.LEFT_INDEX, fingerId, 0).template());
    }

    /** A serialized SourceAFIS template of impression {@code impression} of finger {@code fingerId}. */
    static EnrolledFinger finger(BiometricSubtype position, long fingerId, long impression) {
        var minutiae = SYNTH.impression(SYNTH.master(fingerId), Math.toIntExact(impression));
        byte[] iso = minutiae.toRecord(position).toBytes();
        return new EnrolledFinger(
                position, FingerprintCompatibility.importTemplate(iso).toByteArray());
    }

    /** Ten fingers of person {@code personId}, impression {@code impression}. */
    static List<EnrolledFinger> tenFingers(long personId, long impression) {
        var fingers = new ArrayList<EnrolledFinger>();
        for (BiometricSubtype position : BiometricSubtype.tenFingers()) {
            fingers.add(finger(position, personId * 10 + position.isoFingerPosition(), impression));
        }
        return fingers;
    }
}
