package org.openfid.spi.biometrics.iso;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.BiometricFormatException;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * An ISO/IEC 19794-4:2011 finger image record ("FIR", version "020"): the general header and one or
 * more finger image representations. This is what MOSIP's devices capture and what a CBEFF BDB of
 * format type 7 carries.
 *
 * <p>{@link #read} is strict and bounded: a wrong magic or version, a length that disagrees with the
 * bytes, an unknown code, a truncated field or absurd dimensions are refused with a
 * {@link BiometricFormatException} naming the field and the byte offset. Image data stays as stored;
 * {@link FingerImage#decode()} turns PNG, JPEG and raw data into pixels.
 *
 * @param images the representations, in record order (at least one)
 * @param certificationFlag whether representations carry certification blocks
 * @since 0.4
 */
public record FingerImageRecord(List<FingerImage> images, boolean certificationFlag) {

    /** The most representations a record may hold (ten fingers, slaps and palms fit many times). */
    public static final int MAX_REPRESENTATIONS = 100;

    static final String KIND = "ISO 19794-4 finger image record";
    private static final String MAGIC = "FIR\0";
    private static final String VERSION = "020\0";
    private static final int GENERAL_HEADER = 16;

    public FingerImageRecord {
        images = List.copyOf(images);
        if (images.isEmpty() || images.size() > MAX_REPRESENTATIONS) {
            throw new IllegalArgumentException(
                    "A finger image record holds 1-" + MAX_REPRESENTATIONS + " representations");
        }
        if (!certificationFlag
                && images.stream().anyMatch(i -> !i.certifications().isEmpty())) {
            throw new IllegalArgumentException("Certification blocks need the certification flag");
        }
    }

    /** A record of these representations (certification flag set when any carries certifications). */
    public static FingerImageRecord of(List<FingerImage> images) {
        return new FingerImageRecord(
                images, images.stream().anyMatch(i -> !i.certifications().isEmpty()));
    }

    /**
     * A one-finger record of {@code image} without quality or capture time (both "unspecified", so
     * the same image always gives the same bytes).
     *
     * @see FingerImage#of(GrayscaleImage, BiometricSubtype, FingerImageCompression)
     */
    public static FingerImageRecord of(
            GrayscaleImage image, BiometricSubtype finger, FingerImageCompression compression) {
        return of(List.of(FingerImage.of(image, finger, compression)));
    }

    /** A one-finger record of {@code image} with a quality score (0-100) and capture time (UTC). */
    public static FingerImageRecord of(
            GrayscaleImage image,
            BiometricSubtype finger,
            FingerImageCompression compression,
            int quality,
            LocalDateTime captureTime) {
        return of(List.of(
                FingerImage.of(image, finger, compression).withQuality(quality).withCaptureTime(captureTime)));
    }

    /**
     * Parses a whole record.
     *
     * @throws BiometricFormatException naming the field and offset of the first problem
     */
    public static FingerImageRecord read(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        var in = new RecordReader(KIND, bytes);
        in.expect(MAGIC, "format identifier");
        in.expect(VERSION, "version number");
        int lengthOffset = in.offset();
        long length = in.u32("record length");
        in.check(
                length == bytes.length,
                lengthOffset,
                "record length",
                "declares " + length + " bytes but the record has " + bytes.length);
        int countOffset = in.offset();
        int count = in.u16("number of representations");
        in.check(
                count >= 1 && count <= MAX_REPRESENTATIONS,
                countOffset,
                "number of representations",
                "is " + count + ", expected 1-" + MAX_REPRESENTATIONS);
        int flagOffset = in.offset();
        int flag = in.u8("certification flag");
        in.check(flag <= 1, flagOffset, "certification flag", "is " + flag + ", expected 0 or 1");
        int positionsOffset = in.offset();
        int positions = in.u8("number of distinct positions");
        var reader = new FingerImageReader(in, flag == 1);
        var images = new ArrayList<FingerImage>(count);
        for (int i = 0; i < count; i++) {
            images.add(reader.representation(i + 1));
        }
        in.check(
                in.remaining() == 0,
                in.offset(),
                "record length",
                in.remaining() + " bytes after the last representation");
        int distinct = distinctPositions(images);
        in.check(
                positions == distinct,
                positionsOffset,
                "number of distinct positions",
                "is " + positions + " but the representations show " + distinct);
        return new FingerImageRecord(images, flag == 1);
    }

    /** The record's bytes. */
    public byte[] toBytes() {
        long total = GENERAL_HEADER;
        for (var image : images) {
            total += representationLength(image);
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new BiometricFormatException(KIND + ": too large to write (" + total + " bytes)");
        }
        var out = new RecordWriter((int) total);
        out.ascii(MAGIC);
        out.ascii(VERSION);
        out.u32(total, "record length");
        out.u16(images.size(), "number of representations");
        out.u8(certificationFlag ? 1 : 0, "certification flag");
        out.u8(distinctPositions(images), "number of distinct positions");
        for (var image : images) {
            writeRepresentation(out, image);
        }
        return out.toByteArray();
    }

    /** The first (often the only) representation. */
    public FingerImage first() {
        return images.getFirst();
    }

    private long representationLength(FingerImage image) {
        int certifications = certificationFlag ? 1 + 3 * image.certifications().size() : 0;
        return FingerImageReader.MIN_REPRESENTATION
                + 5L * image.qualities().size()
                + certifications
                + image.dataLength()
                + image.extendedData().stream()
                        .mapToLong(ExtendedDataBlock::encodedLength)
                        .sum();
    }

    private void writeRepresentation(RecordWriter out, FingerImage image) {
        out.u32(representationLength(image), "representation length");
        writeTime(out, image.captureTime());
        out.u8(image.device().technology(), "capture device technology");
        out.u16(image.device().vendorId(), "capture device vendor");
        out.u16(image.device().typeId(), "capture device type");
        out.u8(image.qualities().size(), "number of quality blocks");
        for (var quality : image.qualities()) {
            out.u8(quality.score(), "quality score");
            out.u16(quality.vendorId(), "quality algorithm vendor");
            out.u16(quality.algorithmId(), "quality algorithm");
        }
        if (certificationFlag) {
            out.u8(image.certifications().size(), "number of certification blocks");
            for (var certification : image.certifications()) {
                out.u16(certification.authorityId(), "certification authority");
                out.u8(certification.schemeId(), "certification scheme");
            }
        }
        out.u8(image.position(), "finger/palm position");
        out.u8(image.representationNumber(), "representation number");
        out.u8(image.scaleUnits(), "scale units");
        out.u16(image.scanResolutionX(), "horizontal scan sampling rate");
        out.u16(image.scanResolutionY(), "vertical scan sampling rate");
        out.u16(image.imageResolutionX(), "horizontal image sampling rate");
        out.u16(image.imageResolutionY(), "vertical image sampling rate");
        out.u8(image.bitDepth(), "bit depth");
        out.u8(image.compression().code(), "compression algorithm");
        out.u8(image.impressionType(), "impression type");
        out.u16(image.width(), "horizontal line length");
        out.u16(image.height(), "vertical line length");
        out.u32(image.dataLength(), "image data length");
        out.bytes(image.dataView());
        for (var block : image.extendedData()) {
            out.u16(block.type(), "extended data block type");
            out.u16(block.encodedLength(), "extended data block length");
            out.bytes(block.data());
        }
    }

    private static void writeTime(RecordWriter out, @Nullable LocalDateTime time) {
        if (time == null) {
            out.u16(0xffff, "capture year");
            for (int i = 0; i < 5; i++) {
                out.u8(0xff, "capture date and time");
            }
            out.u16(0xffff, "capture millisecond");
            return;
        }
        out.u16(time.getYear(), "capture year");
        out.u8(time.getMonthValue(), "capture month");
        out.u8(time.getDayOfMonth(), "capture day");
        out.u8(time.getHour(), "capture hour");
        out.u8(time.getMinute(), "capture minute");
        out.u8(time.getSecond(), "capture second");
        out.u16(time.getNano() / 1_000_000, "capture millisecond");
    }

    private static int distinctPositions(List<FingerImage> images) {
        return (int) images.stream().mapToInt(FingerImage::position).distinct().count();
    }
}
