package org.openfid.biosdk;

import com.machinezoo.fingerprintio.TemplateFormat;
import com.machinezoo.fingerprintio.iso19794p2v2005.Iso19794p2v2005Template;
import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openfid.spi.biometrics.BiometricFormatException;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSdk;
import org.openfid.spi.biometrics.BiometricSdkException;
import org.openfid.spi.biometrics.BiometricSdkException.Reason;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricTemplate;
import org.openfid.spi.biometrics.BiometricType;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.spi.biometrics.MatchScore;
import org.openfid.spi.biometrics.QualityScore;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.SdkInfo;
import org.openfid.spi.biometrics.iso.FingerImageRecord;
import org.openfid.spi.biometrics.iso.FingerMinutiaeRecord;

/**
 * The reference {@link BiometricSdk}: fingerprints only, with SourceAFIS for extraction and 1:1
 * matching and {@link FingerprintQuality} for quality. Face and iris are refused with {@code
 * UNSUPPORTED_MODALITY}: there is no open algorithm here for them, and a fake score would be worse
 * than none.
 *
 * <p>Templates are SourceAFIS's own serialization (format {@value #TEMPLATE_FORMAT}); a template
 * made by another SDK is refused rather than guessed at. Scores are SourceAFIS scores: 40 is about a
 * 0.01 % false match rate, the default decision threshold.
 *
 * <p>Registered for {@link java.util.ServiceLoader} (which needs the public no-argument
 * constructor); thread-safe and stateless.
 */
public final class SourceAfisSdk implements BiometricSdk {

    /** The template format this SDK writes and reads. */
    public static final String TEMPLATE_FORMAT = "sourceafis-3";

    /** SourceAFIS's recommended decision threshold (false match rate about 0.01 %). */
    public static final double DEFAULT_THRESHOLD = 40;

    private static final Set<BiometricType> FINGER_ONLY = Set.of(BiometricType.FINGER);

    private final double threshold;
    private final FingerprintQuality quality = new FingerprintQuality();

    /** An SDK deciding matches at {@link #DEFAULT_THRESHOLD}. */
    public SourceAfisSdk() {
        this(DEFAULT_THRESHOLD);
    }

    /** An SDK deciding matches at {@code threshold} (a SourceAFIS score, greater than 0). */
    public SourceAfisSdk(double threshold) {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("The match threshold must be a positive number");
        }
        this.threshold = threshold;
    }

    /** The score at which {@link MatchScore#matched()} becomes true. */
    public double threshold() {
        return threshold;
    }

    @Override
    public SdkInfo info() {
        return new SdkInfo(
                "0.9",
                FingerprintCompatibility.version(),
                "OpenFID",
                "SourceAFIS",
                Map.of(
                        SdkInfo.Operation.QUALITY_CHECK, FINGER_ONLY,
                        SdkInfo.Operation.EXTRACT, FINGER_ONLY,
                        SdkInfo.Operation.MATCH, FINGER_ONLY));
    }

    @Override
    public QualityScore checkQuality(BiometricSample sample) {
        requireFinger(sample.type());
        if (sample.format() == SampleFormat.ISO_19794_2_2005) {
            throw new BiometricSdkException(
                    Reason.INVALID_INPUT, "A minutiae record has no image: its quality cannot be assessed");
        }
        return quality(decode(sample));
    }

    /** The quality of an image already decoded (what the software devices capture). */
    public QualityScore quality(GrayscaleImage image) {
        return quality.assess(image);
    }

    @Override
    public BiometricTemplate extractTemplate(BiometricSample sample) {
        requireFinger(sample.type());
        if (sample.format() == SampleFormat.ISO_19794_2_2005) {
            return imported(sample);
        }
        return extract(sample.subtype(), decode(sample));
    }

    /**
     * A template imported from an ISO/IEC 19794-2 minutiae record (one finger view), checked by our
     * strict reader first so that a malformed record gets a precise refusal.
     */
    private static BiometricTemplate imported(BiometricSample sample) {
        FingerMinutiaeRecord record;
        try {
            record = FingerMinutiaeRecord.read(sample.data());
        } catch (BiometricFormatException e) {
            throw new BiometricSdkException(
                    Reason.INVALID_INPUT, "The finger minutiae record is malformed: " + e.getMessage(), e);
        }
        if (record.views().size() != 1) {
            throw new BiometricSdkException(
                    Reason.INVALID_INPUT, "A minutiae sample must hold exactly one finger view");
        }
        FingerprintTemplate template;
        try {
            template = FingerprintCompatibility.importTemplate(record.toBytes());
        } catch (RuntimeException e) { // SourceAFIS reports unusable records with unchecked exceptions
            throw new BiometricSdkException(Reason.INVALID_INPUT, "SourceAFIS cannot import the minutiae record", e);
        }
        if (minutiae(template) == 0) {
            throw new BiometricSdkException(Reason.POOR_DATA_QUALITY, "The minutiae record holds no minutiae");
        }
        return new BiometricTemplate(sample.subtype(), TEMPLATE_FORMAT, template.toByteArray());
    }

    /**
     * Extracts a template from an image already decoded.
     *
     * @throws BiometricSdkException {@code POOR_DATA_QUALITY} when no minutia is found, {@code
     *     INVALID_INPUT} when SourceAFIS cannot read the image
     */
    public BiometricTemplate extract(BiometricSubtype subtype, GrayscaleImage image) {
        requireFinger(subtype.type());
        FingerprintTemplate template;
        try {
            var options = new FingerprintImageOptions().dpi(image.ppi());
            template = new FingerprintTemplate(
                    new FingerprintImage(image.width(), image.height(), image.pixels(), options));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BiometricSdkException(Reason.INVALID_INPUT, "The finger image cannot be processed", e);
        }
        if (minutiae(template) == 0) {
            throw new BiometricSdkException(Reason.POOR_DATA_QUALITY, "No minutiae were found in the finger image");
        }
        return new BiometricTemplate(subtype, TEMPLATE_FORMAT, template.toByteArray());
    }

    @Override
    public MatchScore match(BiometricTemplate probe, BiometricTemplate candidate) {
        return match(probe, List.of(candidate)).getFirst();
    }

    @Override
    public List<MatchScore> match(BiometricTemplate probe, List<BiometricTemplate> gallery) {
        var matcher = new FingerprintMatcher(open(probe));
        var scores = new ArrayList<MatchScore>(gallery.size());
        for (var candidate : gallery) {
            double score = matcher.match(open(candidate));
            scores.add(new MatchScore(score, score >= threshold));
        }
        return scores;
    }

    /**
     * Reads a template of this SDK.
     *
     * @throws BiometricSdkException {@code UNSUPPORTED_MODALITY} for a face or iris template, {@code
     *     INVALID_INPUT} for another format or damaged bytes
     */
    public static FingerprintTemplate open(BiometricTemplate template) {
        requireFinger(template.subtype().type());
        if (!TEMPLATE_FORMAT.equals(template.format())) {
            throw new BiometricSdkException(
                    Reason.INVALID_INPUT, "Only " + TEMPLATE_FORMAT + " templates can be compared by this SDK");
        }
        try {
            return new FingerprintTemplate(template.data());
        } catch (RuntimeException e) {
            throw new BiometricSdkException(
                    Reason.INVALID_INPUT, "The template is damaged or not a SourceAFIS template");
        }
    }

    /** How many minutiae a template holds. */
    static int minutiae(FingerprintTemplate template) {
        byte[] iso = FingerprintCompatibility.exportTemplates(TemplateFormat.ISO_19794_2_2005, template);
        var fingerprints = new Iso19794p2v2005Template(iso).fingerprints;
        return fingerprints.isEmpty() ? 0 : fingerprints.getFirst().minutiae.size();
    }

    private static GrayscaleImage decode(BiometricSample sample) {
        try {
            return FingerImageRecord.read(sample.data()).first().decode();
        } catch (BiometricFormatException e) {
            throw new BiometricSdkException(
                    Reason.INVALID_INPUT, "The finger image record is malformed: " + e.getMessage(), e);
        }
    }

    private static void requireFinger(BiometricType type) {
        if (type != BiometricType.FINGER) {
            throw new BiometricSdkException(
                    Reason.UNSUPPORTED_MODALITY, "This SDK has no algorithm for " + type.cbeffName() + " biometrics");
        }
    }
}
