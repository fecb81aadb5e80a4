package org.openfid.biometrics.search;

import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.List;
import org.openfid.spi.abis.AbisException;
import org.openfid.spi.abis.AbisFailure;
import org.openfid.spi.biometrics.BiometricType;

/** Rejects unusable fingers before anything changes, with MOSIP's ABIS failure reasons. */
final class FingerChecks {

    private FingerChecks() {}

    /** Fails unless there is at least one finger and every one is a finger position. */
    static void requireFingers(List<EnrolledFinger> fingers) {
        if (fingers.isEmpty()) {
            throw new AbisException(AbisFailure.BIOMETRICS_EMPTY, "No fingers given");
        }
        if (fingers.size() > 20) {
            throw new AbisException(AbisFailure.INVALID_BIOMETRICS, "More than 20 fingers given");
        }
        for (EnrolledFinger finger : fingers) {
            if (finger.position().type() != BiometricType.FINGER) {
                throw new AbisException(AbisFailure.INVALID_BIOMETRICS, "Only fingers can be searched");
            }
        }
    }

    /** Reads a template's minutiae, failing with INVALID_BIOMETRICS. */
    static TemplateMinutiae minutiae(byte[] serialized) {
        try {
            return TemplateMinutiae.read(serialized);
        } catch (IllegalArgumentException e) {
            throw new AbisException(
                    AbisFailure.INVALID_BIOMETRICS, "A finger template is not a SourceAFIS template", e);
        }
    }

    /** Deserializes a template, failing with INVALID_BIOMETRICS (never the library's exception). */
    static FingerprintTemplate template(byte[] serialized) {
        try {
            return new FingerprintTemplate(serialized);
        } catch (RuntimeException e) {
            throw new AbisException(
                    AbisFailure.INVALID_BIOMETRICS, "A finger template is not a SourceAFIS template", e);
        }
    }
}
