package org.openfid.spi.biometrics.iso;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricType;
import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * One finger image representation of an ISO/IEC 19794-4:2011 record: its header fields and the
 * (possibly compressed) image data. Build one from a {@link GrayscaleImage} with {@link #of}; turn it
 * back into pixels with {@link #decode()}.
 *
 * @param position finger/palm position code (1-10 single fingers, 0 unknown, 13-15 slaps, ...)
 * @param representationNumber distinguishes several captures of the same position (0-255)
 * @param captureTime when it was captured (UTC), or null when the record leaves it unspecified
 * @param device the capture device
 * @param qualities quality blocks, possibly empty
 * @param certifications certification blocks (written only when the record's flag is set)
 * @param scaleUnits 1 for pixels per inch, 2 for pixels per centimetre
 * @param scanResolutionX capture device horizontal sampling rate, in scale units
 * @param scanResolutionY capture device vertical sampling rate
 * @param imageResolutionX image horizontal sampling rate
 * @param imageResolutionY image vertical sampling rate
 * @param bitDepth bits per pixel (8 for 256 grey levels)
 * @param compression how {@code data} is encoded
 * @param impressionType impression code (0 live-scan plain, 1 live-scan rolled, 29 unknown, ...)
 * @param width horizontal line length in pixels
 * @param height vertical line length in pixels
 * @param data the image data as stored
 * @param extendedData extended data blocks after the image data, possibly empty
 * @since 0.4
 */
public record FingerImage(
        int position,
        int representationNumber,
        @Nullable LocalDateTime captureTime,
        CaptureDevice device,
        List<FingerQuality> qualities,
        List<FingerCertification> certifications,
        int scaleUnits,
        int scanResolutionX,
        int scanResolutionY,
        int imageResolutionX,
        int imageResolutionY,
        int bitDepth,
        FingerImageCompression compression,
        int impressionType,
        int width,
        int height,
        byte[] data,
        List<ExtendedDataBlock> extendedData) {

    /** The largest line length accepted in either direction (a four-finger slap at 1000 ppi fits). */
    public static final int MAX_SIDE = 4000;

    public FingerImage {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(compression, "compression");
        Objects.requireNonNull(data, "data");
        qualities = List.copyOf(qualities);
        certifications = List.copyOf(certifications);
        extendedData = List.copyOf(extendedData);
        require(FingerCodes.knownPosition(position), "Unknown finger position code " + position);
        require(representationNumber >= 0 && representationNumber <= 0xff, "Representation number is 0-255");
        require(qualities.size() <= 0xff && certifications.size() <= 0xff, "At most 255 quality/certification blocks");
        require(
                scaleUnits == FingerCodes.PIXELS_PER_INCH || scaleUnits == FingerCodes.PIXELS_PER_CENTIMETRE,
                "Scale units are 1 (ppi) or 2 (ppcm)");
        require(
                scanResolutionX >= 0 && scanResolutionX <= 0xffff && scanResolutionY >= 0 && scanResolutionY <= 0xffff,
                "Scan sampling rates are 0-65535");
        require(
                imageResolutionX >= 1
                        && imageResolutionX <= 0xffff
                        && imageResolutionY >= 1
                        && imageResolutionY <= 0xffff,
                "Image sampling rates are 1-65535");
        require(bitDepth >= 1 && bitDepth <= 16, "Bit depth is 1-16");
        require(FingerCodes.knownImpression(impressionType), "Unknown impression type " + impressionType);
        require(width >= 1 && width <= MAX_SIDE && height >= 1 && height <= MAX_SIDE, "Line lengths are 1-" + MAX_SIDE);
        require(data.length > 0, "Image data is empty");
        if (compression == FingerImageCompression.UNCOMPRESSED) {
            require(
                    data.length == uncompressedLength(width, height, bitDepth),
                    "Raw image data length disagrees with dimensions");
        }
    }

    /**
     * A single-finger, 8-bit, live-scan plain representation of {@code image} (resolution from the
     * image, no capture time, device or quality reported; add them with the {@code with...} methods).
     *
     * @param compression {@link FingerImageCompression#PNG} (lossless, compact),
     *     {@link FingerImageCompression#UNCOMPRESSED} or {@link FingerImageCompression#JPEG} (lossy)
     * @throws IllegalArgumentException for a non-finger subtype, an image too large for the format or
     *     a compression we cannot encode (WSQ, JPEG 2000)
     */
    public static FingerImage of(GrayscaleImage image, BiometricSubtype finger, FingerImageCompression compression) {
        if (finger.type() != BiometricType.FINGER) {
            throw new IllegalArgumentException("Not a finger: " + finger);
        }
        if (image.width() > MAX_SIDE || image.height() > MAX_SIDE || image.ppi() > 0xffff) {
            throw new IllegalArgumentException("Image too large for a finger image record: " + image);
        }
        byte[] data = FingerImageCodec.encode(image, compression);
        int ppi = image.ppi();
        return new FingerImage(
                finger.isoFingerPosition(),
                0,
                null,
                CaptureDevice.UNREPORTED,
                List.of(),
                List.of(),
                FingerCodes.PIXELS_PER_INCH,
                ppi,
                ppi,
                ppi,
                ppi,
                8,
                compression,
                FingerCodes.LIVE_SCAN_PLAIN,
                image.width(),
                image.height(),
                data,
                List.of());
    }

    /** This representation with one quality block of this score (algorithm not reported). */
    public FingerImage withQuality(int score) {
        return withQualities(List.of(FingerQuality.of(score)));
    }

    /** This representation with these quality blocks. */
    public FingerImage withQualities(List<FingerQuality> blocks) {
        return new FingerImage(
                position,
                representationNumber,
                captureTime,
                device,
                blocks,
                certifications,
                scaleUnits,
                scanResolutionX,
                scanResolutionY,
                imageResolutionX,
                imageResolutionY,
                bitDepth,
                compression,
                impressionType,
                width,
                height,
                data,
                extendedData);
    }

    /**
     * This representation carrying other image data, for data encoded outside this library (a
     * device's JPEG 2000 or WSQ, or another writer's PNG). The header's dimensions stay; the data
     * is checked against them when it is decoded.
     */
    public FingerImage withImageData(FingerImageCompression encoding, byte[] imageData) {
        return new FingerImage(
                position,
                representationNumber,
                captureTime,
                device,
                qualities,
                certifications,
                scaleUnits,
                scanResolutionX,
                scanResolutionY,
                imageResolutionX,
                imageResolutionY,
                bitDepth,
                encoding,
                impressionType,
                width,
                height,
                imageData,
                extendedData);
    }

    /** This representation captured at {@code time} (UTC, millisecond precision kept). */
    public FingerImage withCaptureTime(@Nullable LocalDateTime time) {
        var truncated = time == null ? null : time.withNano(time.getNano() / 1_000_000 * 1_000_000);
        return new FingerImage(
                position,
                representationNumber,
                truncated,
                device,
                qualities,
                certifications,
                scaleUnits,
                scanResolutionX,
                scanResolutionY,
                imageResolutionX,
                imageResolutionY,
                bitDepth,
                compression,
                impressionType,
                width,
                height,
                data,
                extendedData);
    }

    /** This representation captured by {@code captureDevice}. */
    public FingerImage withDevice(CaptureDevice captureDevice) {
        return new FingerImage(
                position,
                representationNumber,
                captureTime,
                captureDevice,
                qualities,
                certifications,
                scaleUnits,
                scanResolutionX,
                scanResolutionY,
                imageResolutionX,
                imageResolutionY,
                bitDepth,
                compression,
                impressionType,
                width,
                height,
                data,
                extendedData);
    }

    /** This representation with another impression type code (for example 1, live-scan rolled). */
    public FingerImage withImpressionType(int impression) {
        return new FingerImage(
                position,
                representationNumber,
                captureTime,
                device,
                qualities,
                certifications,
                scaleUnits,
                scanResolutionX,
                scanResolutionY,
                imageResolutionX,
                imageResolutionY,
                bitDepth,
                compression,
                impression,
                width,
                height,
                data,
                extendedData);
    }

    /** This representation with another representation number. */
    public FingerImage withRepresentationNumber(int number) {
        return new FingerImage(
                position,
                number,
                captureTime,
                device,
                qualities,
                certifications,
                scaleUnits,
                scanResolutionX,
                scanResolutionY,
                imageResolutionX,
                imageResolutionY,
                bitDepth,
                compression,
                impressionType,
                width,
                height,
                data,
                extendedData);
    }

    /** This representation with these extended data blocks after the image data. */
    public FingerImage withExtendedData(List<ExtendedDataBlock> blocks) {
        return new FingerImage(
                position,
                representationNumber,
                captureTime,
                device,
                qualities,
                certifications,
                scaleUnits,
                scanResolutionX,
                scanResolutionY,
                imageResolutionX,
                imageResolutionY,
                bitDepth,
                compression,
                impressionType,
                width,
                height,
                data,
                blocks);
    }

    /** This representation with certification blocks (the record then sets its certification flag). */
    public FingerImage withCertifications(List<FingerCertification> blocks) {
        return new FingerImage(
                position,
                representationNumber,
                captureTime,
                device,
                qualities,
                blocks,
                scaleUnits,
                scanResolutionX,
                scanResolutionY,
                imageResolutionX,
                imageResolutionY,
                bitDepth,
                compression,
                impressionType,
                width,
                height,
                data,
                extendedData);
    }

    /** The single finger this shows (0 gives the unknown finger); empty for slaps and palms. */
    public Optional<BiometricSubtype> subtype() {
        return BiometricSubtype.ofIsoFingerPosition(position);
    }

    /** The image resolution in pixels per inch (converted from pixels per centimetre if need be). */
    public int ppi() {
        return scaleUnits == FingerCodes.PIXELS_PER_INCH ? imageResolutionX : (int) Math.round(imageResolutionX * 2.54);
    }

    /** The first quality score, if the record carries one. */
    public Optional<Integer> quality() {
        return qualities.isEmpty()
                ? Optional.empty()
                : Optional.of(qualities.getFirst().score());
    }

    /**
     * The pixels as an 8-bit grayscale image.
     *
     * @throws org.openfid.spi.biometrics.BiometricFormatException when the data does not decode to
     *     the declared dimensions, or for compressions decoded elsewhere (WSQ, JPEG 2000)
     */
    public GrayscaleImage decode() {
        return FingerImageCodec.decode(this);
    }

    /** The stored image data (a copy: the record stays immutable). */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The stored image data length in bytes. */
    public int dataLength() {
        return data.length;
    }

    byte[] dataView() {
        return data;
    }

    static int uncompressedLength(int width, int height, int bitDepth) {
        return width * height * ((bitDepth + 7) / 8);
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FingerImage that
                && position == that.position
                && representationNumber == that.representationNumber
                && Objects.equals(captureTime, that.captureTime)
                && device.equals(that.device)
                && qualities.equals(that.qualities)
                && certifications.equals(that.certifications)
                && scaleUnits == that.scaleUnits
                && scanResolutionX == that.scanResolutionX
                && scanResolutionY == that.scanResolutionY
                && imageResolutionX == that.imageResolutionX
                && imageResolutionY == that.imageResolutionY
                && bitDepth == that.bitDepth
                && compression == that.compression
                && impressionType == that.impressionType
                && width == that.width
                && height == that.height
                && Arrays.equals(data, that.data)
                && extendedData.equals(that.extendedData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                position, representationNumber, captureTime, compression, width, height, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "FingerImage[position " + position + ", " + width + "x" + height + " @ " + ppi() + " ppi, "
                + compression.label() + ", " + data.length + " bytes]";
    }
}
