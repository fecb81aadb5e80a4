package org.openfid.biometrics.web;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openfid.biometrics.web.BioSdkMessages.BdbInfoJson;
import org.openfid.biometrics.web.BioSdkMessages.FormatJson;
import org.openfid.biometrics.web.BioSdkMessages.RecordJson;
import org.openfid.biometrics.web.BioSdkMessages.SegmentJson;
import org.openfid.biosdk.SourceAfisSdk;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSdkException;
import org.openfid.spi.biometrics.BiometricSdkException.Reason;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricTemplate;
import org.openfid.spi.biometrics.BiometricType;
import org.openfid.spi.biometrics.SampleFormat;

/**
 * Converts MOSIP {@code BiometricRecord} segments to samples and templates and back. A segment is a
 * template when its format is {@code OpenFID}/{@value SourceAfisSdk#TEMPLATE_FORMAT} (what {@code
 * extract-template} returns), otherwise an ISO image record of the registered CBEFF format type.
 */
final class BioSdkRecords {

    static final String ORGANIZATION = "OpenFID";

    private BioSdkRecords() {}

    /** One segment: a sample or a template. */
    record Segment(
            BiometricSubtype subtype,
            @Nullable BiometricSample sample,
            @Nullable BiometricTemplate template) {}

    static List<Segment> segments(@Nullable RecordJson record) {
        if (record == null || record.segments() == null || record.segments().isEmpty()) {
            throw new BiometricSdkException(Reason.MISSING_INPUT, "The biometric record has no segment");
        }
        var segments = new ArrayList<Segment>();
        for (var segment : record.segments()) {
            segments.add(segment(segment));
        }
        return segments;
    }

    private static Segment segment(SegmentJson segment) {
        var info = segment.bdbInfo();
        if (info == null || info.type() == null || info.type().isEmpty() || segment.bdb() == null) {
            throw new BiometricSdkException(Reason.MISSING_INPUT, "A segment needs bdbInfo.type and bdb");
        }
        var type = type(info.type().getFirst());
        var subtype = subtype(type, info);
        byte[] data = decode(segment.bdb());
        var format = info.format();
        if (format != null && SourceAfisSdk.TEMPLATE_FORMAT.equals(format.type())) {
            return new Segment(subtype, null, new BiometricTemplate(subtype, SourceAfisSdk.TEMPLATE_FORMAT, data));
        }
        var sampleFormat = sampleFormat(type, format);
        return new Segment(subtype, new BiometricSample(subtype, sampleFormat, data), null);
    }

    private static BiometricType type(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "FINGER" -> BiometricType.FINGER;
            case "FACE" -> BiometricType.FACE;
            case "IRIS" -> BiometricType.IRIS;
            default -> throw new BiometricSdkException(Reason.INVALID_INPUT, "Unknown biometric type in bdbInfo.type");
        };
    }

    private static BiometricSubtype subtype(BiometricType type, BdbInfoJson info) {
        if (type == BiometricType.FACE) {
            return BiometricSubtype.FACE;
        }
        String name = info.subtype() == null ? "UNKNOWN" : String.join(" ", info.subtype());
        if (type == BiometricType.IRIS) {
            return name.startsWith("Right") ? BiometricSubtype.RIGHT_EYE : BiometricSubtype.LEFT_EYE;
        }
        return BiometricSubtype.ofCbeffName(type, name.isBlank() ? "UNKNOWN" : name)
                .orElseThrow(
                        () -> new BiometricSdkException(Reason.INVALID_INPUT, "Unknown finger in bdbInfo.subtype"));
    }

    private static SampleFormat sampleFormat(BiometricType type, @Nullable FormatJson format) {
        for (var candidate : SampleFormat.values()) {
            if (candidate.type() == type
                    && (format == null
                            || format.type() == null
                            || String.valueOf(candidate.cbeffFormatType()).equals(format.type()))) {
                return candidate;
            }
        }
        throw new BiometricSdkException(Reason.INVALID_INPUT, "bdbInfo.format.type is not an ISO image record type");
    }

    static byte[] decode(String base64) {
        try {
            String text = base64.strip();
            return text.indexOf('-') >= 0 || text.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new BiometricSdkException(Reason.INVALID_INPUT, "A bdb is not base64");
        }
    }

    /** A segment of {@code extract-template}'s answer. */
    static SegmentJson templateSegment(BiometricTemplate template) {
        var subtype = template.subtype();
        List<String> names = subtype.cbeffName().isEmpty()
                ? List.of()
                : List.of(subtype.cbeffName().split(" "));
        var info = new BdbInfoJson(
                List.of(subtype.type().name()), names, new FormatJson(ORGANIZATION, template.format()), "PROCESSED");
        return new SegmentJson(info, Base64.getEncoder().encodeToString(template.data()));
    }
}
