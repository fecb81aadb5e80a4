package org.openfid.biometrics.abis;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openfid.biosdk.SourceAfisSdk;
import org.openfid.spi.abis.AbisException;
import org.openfid.spi.abis.AbisFailure;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSdk;
import org.openfid.spi.biometrics.BiometricSdkException;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricTemplate;
import org.openfid.spi.biometrics.BiometricType;

/**
 * Turns a request's samples into gallery templates, with MOSIP's failure reasons.
 *
 * <ul>
 *   <li>No sample at all: {@code BIOMETRICS_EMPTY}.
 *   <li>Face and iris samples are skipped: this ABIS matches fingerprints only and never pretends to
 *       match anything else (a MOSIP CBEFF holds every modality). A request with no finger at all is
 *       refused with {@code INVALID_BIOMETRICS}, saying so.
 *   <li>A malformed finger record, or the same finger twice: {@code INVALID_BIOMETRICS}, nothing
 *       stored.
 *   <li>A finger too poor for a single minutia is skipped; when no finger is usable: {@code
 *       QUALITY_CHECK_FAILED}.
 * </ul>
 *
 * <p>Fingers are extracted in parallel (extraction is the slow step: 0.1-0.3 s per finger).
 */
final class FingerExtraction {

    private FingerExtraction() {}

    static List<BiometricTemplate> extract(BiometricSdk sdk, List<BiometricSample> samples) {
        if (samples.isEmpty()) {
            throw new AbisException(AbisFailure.BIOMETRICS_EMPTY, "The request holds no biometric sample");
        }
        var fingers = samples.stream()
                .filter(sample -> sample.type() == BiometricType.FINGER)
                .toList();
        if (fingers.isEmpty()) {
            throw new AbisException(
                    AbisFailure.INVALID_BIOMETRICS,
                    "This ABIS matches fingerprints only (face and iris are not supported) and the request holds"
                            + " no finger sample");
        }
        requireDistinctFingers(fingers);
        var templates = fingers.parallelStream()
                .map(sample -> extractOne(sdk, sample))
                .filter(Objects::nonNull)
                .toList();
        if (templates.isEmpty()) {
            throw new AbisException(
                    AbisFailure.QUALITY_CHECK_FAILED, "No finger sample is good enough to extract minutiae from");
        }
        return templates;
    }

    private static void requireDistinctFingers(List<BiometricSample> fingers) {
        var seen = EnumSet.noneOf(BiometricSubtype.class);
        for (var sample : fingers) {
            if (sample.subtype() != BiometricSubtype.UNKNOWN_FINGER && !seen.add(sample.subtype())) {
                throw new AbisException(
                        AbisFailure.INVALID_BIOMETRICS, "The request holds the " + sample.subtype() + " twice");
            }
        }
    }

    private static @Nullable BiometricTemplate extractOne(BiometricSdk sdk, BiometricSample sample) {
        try {
            var template = sdk.extractTemplate(sample);
            if (!SourceAfisSdk.TEMPLATE_FORMAT.equals(template.format())) {
                throw new IllegalStateException(
                        "The embedded ABIS needs " + SourceAfisSdk.TEMPLATE_FORMAT + " templates");
            }
            return template;
        } catch (BiometricSdkException e) {
            return switch (e.reason()) {
                case POOR_DATA_QUALITY -> null;
                default ->
                    throw new AbisException(
                            AbisFailure.INVALID_BIOMETRICS,
                            "The " + sample.subtype() + " sample cannot be used: " + e.getMessage());
            };
        }
    }
}
