package org.openfid.biosdk;

import java.util.LinkedHashMap;
import java.util.Locale;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.spi.biometrics.QualityScore;

/**
 * A fingerprint image quality measure on MOSIP's 0-100 scale, computed from the image alone.
 *
 * <p>NIST's NFIQ 2, the reference measure, is a C++ library with no Java port, so this is our own
 * model built from the same kind of local features NFIQ 2 uses (ISO/IEC 29794-4). The image is cut
 * into blocks of about 0.8 mm (8 px at 250 ppi, 16 px at 500 ppi); for each block:
 *
 * <ol>
 *   <li><b>Foreground</b>: a block belongs to the finger when its grey-level standard deviation
 *       exceeds a fixed floor (flat paper or sensor glass has almost none).
 *   <li><b>Orientation coherence</b>: from the structure tensor of the Sobel gradients over a window
 *       of 3x3 blocks, {@code sqrt((Gxx-Gyy)^2 + 4 Gxy^2) / (Gxx+Gyy)}: 1 for perfectly parallel
 *       ridges, near 0 for noise or smudges.
 *   <li><b>Ridge-valley clarity</b>: the window's pixels are projected onto the ridge normal and
 *       averaged per 1-pixel band; the share of the window's variance that this ridge-valley profile
 *       explains is near 1 when ridges are crisp and near 0 when noise dominates (NFIQ 2's local
 *       clarity and orientation certainty, reduced to one figure).
 *   <li><b>Ridge spacing</b>: the zero crossings of that profile give the ridge period; a block
 *       whose period is outside 0.25-1 mm (a fingerprint's range) is not ridge structure.
 *   <li><b>Contrast</b>: the standard deviation, saturating at 40 grey levels, so faint and blurred
 *       prints score lower.
 * </ol>
 *
 * <p>A block's local quality is {@code coherence * clarity * contrast} (0 when its spacing is out of
 * range); a block whose local quality reaches 0.15 is <i>usable</i>. The score is {@code 100 *
 * min(1, mean local quality over foreground blocks / 0.75) * area factor}, where the area factor is
 * the usable area relative to a plain impression of 0.25 square inches (capped at 1), raised to the
 * power 0.5 so that a half-sized partial print loses about 30 % rather than 50 %. An ideal ridge
 * pattern over a full finger reaches 100; noise (lower coherence and clarity, noisy background
 * blocks counted as foreground), blur and faint ink (lower contrast, periods out of range), partial
 * contact (less area) each cost points; an image without ridges scores 0. The analytics report each
 * ingredient so a capture client can say why a print was refused (for example {@code area=0.31}:
 * place the finger fully).
 *
 * <p>It is a heuristic, not a calibrated predictor of matcher error like NFIQ 2; the weights were
 * chosen so degradations order as expected (see the tests), and the SourceAFIS extraction check
 * (no minutiae means {@code POOR_DATA_QUALITY}) remains the hard gate.
 *
 * <p>Thread-safe and allocation-light: the devices score every capture with it.
 */
public final class FingerprintQuality {

    /** Name and version of the model, reported in the analytics. */
    public static final String MODEL = "openfid-ridge-quality-1";

    private static final double FOREGROUND_STDDEV = 8.0;
    private static final double CONTRAST_SATURATION = 40.0;
    private static final double REFERENCE_AREA_SQUARE_INCHES = 0.25;
    private static final double MIN_PERIOD_MM = 0.25;
    private static final double MAX_PERIOD_MM = 1.0;
    private static final double USABLE_LOCAL_QUALITY = 0.15;
    private static final double LOCAL_QUALITY_OF_A_CLEAN_PRINT = 0.75;

    /** Scores an image; never fails for a valid {@link GrayscaleImage}. */
    public QualityScore assess(GrayscaleImage image) {
        var blocks = new BlockFeatures(image, blockSize(image.ppi()));
        var features = blocks.summarize(periodRange(image.ppi()));
        double squareInches = features.usablePixels() / ((double) image.ppi() * image.ppi());
        double areaFactor = Math.sqrt(Math.min(1.0, squareInches / REFERENCE_AREA_SQUARE_INCHES));
        double local = Math.min(1.0, features.meanLocalQuality() / LOCAL_QUALITY_OF_A_CLEAN_PRINT);
        int score = (int) Math.round(100.0 * local * areaFactor);
        var analytics = new LinkedHashMap<String, String>();
        analytics.put("model", MODEL);
        analytics.put("foregroundBlocks", Integer.toString(features.foregroundBlocks()));
        analytics.put("area", format(areaFactor * areaFactor));
        analytics.put("areaSquareInches", format(squareInches));
        analytics.put("coherence", format(features.meanCoherence()));
        analytics.put("clarity", format(features.meanClarity()));
        analytics.put("contrast", format(features.meanContrast()));
        analytics.put("ridgeBlocks", format(features.ridgeShare()));
        analytics.put("localQuality", format(features.meanLocalQuality()));
        return new QualityScore(Math.clamp(score, 0, 100), analytics);
    }

    static int blockSize(int ppi) {
        return Math.max(8, (int) Math.round(ppi / 500.0 * 16));
    }

    static double[] periodRange(int ppi) {
        double pixelsPerMm = ppi / 25.4;
        return new double[] {MIN_PERIOD_MM * pixelsPerMm, MAX_PERIOD_MM * pixelsPerMm};
    }

    static double foregroundStddev() {
        return FOREGROUND_STDDEV;
    }

    static double usableLocalQuality() {
        return USABLE_LOCAL_QUALITY;
    }

    static double contrastSaturation() {
        return CONTRAST_SATURATION;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
