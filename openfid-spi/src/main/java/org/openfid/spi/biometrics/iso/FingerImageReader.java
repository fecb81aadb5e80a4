package org.openfid.spi.biometrics.iso;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the representations of a finger image record, checking every field against the code tables
 * and every length against the bytes actually there, so nothing half-read escapes.
 */
final class FingerImageReader {

    /** The fixed part of a representation header plus the image data length field. */
    static final int MIN_REPRESENTATION = 41;

    private final RecordReader in;
    private final boolean certified;

    FingerImageReader(RecordReader in, boolean certified) {
        this.in = in;
        this.certified = certified;
    }

    FingerImage representation(int index) {
        String rep = "representation " + index + " ";
        int start = in.offset();
        long length = in.u32(rep + "length");
        in.check(
                length >= MIN_REPRESENTATION && length <= in.remaining() + 4L,
                start,
                rep + "length",
                "declares " + length + " bytes, but " + (in.remaining() + 4) + " remain and at least "
                        + MIN_REPRESENTATION + " are needed");
        in.limitTo(start + (int) length, rep + "length");
        LocalDateTime time = captureTime(rep);
        int techOffset = in.offset();
        int technology = in.u8(rep + "capture device technology");
        in.check(
                technology <= CaptureDevice.MAX_TECHNOLOGY,
                techOffset,
                rep + "capture device technology",
                "unknown code " + technology);
        var device = new CaptureDevice(
                technology, in.u16(rep + "capture device vendor"), in.u16(rep + "capture device type"));
        List<FingerQuality> qualities = qualities(rep);
        List<FingerCertification> certifications = certified ? certifications(rep) : List.of();
        var image = imageInfo(rep, time, device, qualities, certifications);
        in.unlimit();
        return image;
    }

    private @Nullable LocalDateTime captureTime(String rep) {
        int offset = in.offset();
        int year = in.u16(rep + "capture year");
        int month = in.u8(rep + "capture month");
        int day = in.u8(rep + "capture day");
        int hour = in.u8(rep + "capture hour");
        int minute = in.u8(rep + "capture minute");
        int second = in.u8(rep + "capture second");
        int millis = in.u16(rep + "capture millisecond");
        if (year == 0xffff
                && month == 0xff
                && day == 0xff
                && hour == 0xff
                && minute == 0xff
                && second == 0xff
                && millis == 0xffff) {
            return null;
        }
        try {
            in.check(millis < 1000, offset, rep + "capture date and time", "millisecond " + millis + " out of range");
            return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000);
        } catch (DateTimeException e) {
            throw in.failure(
                    offset, rep + "capture date and time", "not a valid date and time (" + e.getMessage() + ")");
        }
    }

    private List<FingerQuality> qualities(String rep) {
        int count = in.u8(rep + "number of quality blocks");
        var blocks = new ArrayList<FingerQuality>(count);
        for (int i = 0; i < count; i++) {
            int offset = in.offset();
            int score = in.u8(rep + "quality score");
            in.check(
                    score <= 100 || score == FingerQuality.FAILED,
                    offset,
                    rep + "quality score",
                    "is " + score + ", expected 0-100 or 255");
            blocks.add(new FingerQuality(
                    score, in.u16(rep + "quality algorithm vendor"), in.u16(rep + "quality algorithm")));
        }
        return blocks;
    }

    private List<FingerCertification> certifications(String rep) {
        int count = in.u8(rep + "number of certification blocks");
        var blocks = new ArrayList<FingerCertification>(count);
        for (int i = 0; i < count; i++) {
            blocks.add(new FingerCertification(
                    in.u16(rep + "certification authority"), in.u8(rep + "certification scheme")));
        }
        return blocks;
    }

    private FingerImage imageInfo(
            String rep,
            @Nullable LocalDateTime time,
            CaptureDevice device,
            List<FingerQuality> qualities,
            List<FingerCertification> certifications) {
        int position = code(rep + "finger/palm position", FingerCodes::knownPosition);
        int number = in.u8(rep + "representation number");
        int scale = code(
                rep + "scale units", u -> u == FingerCodes.PIXELS_PER_INCH || u == FingerCodes.PIXELS_PER_CENTIMETRE);
        int scanX = in.u16(rep + "horizontal scan sampling rate");
        int scanY = in.u16(rep + "vertical scan sampling rate");
        int imageX = nonZero(rep + "horizontal image sampling rate");
        int imageY = nonZero(rep + "vertical image sampling rate");
        int depthOffset = in.offset();
        int depth = in.u8(rep + "bit depth");
        in.check(depth >= 1 && depth <= 16, depthOffset, rep + "bit depth", "is " + depth + ", expected 1-16");
        int compressionCode = code(
                rep + "compression algorithm",
                c -> FingerImageCompression.ofCode(c).isPresent());
        int impression = code(rep + "impression type", FingerCodes::knownImpression);
        int width = side(rep + "horizontal line length");
        int height = side(rep + "vertical line length");
        var compression = FingerImageCompression.ofCode(compressionCode).orElseThrow();
        byte[] data = imageData(rep, compression, width, height, depth);
        List<ExtendedDataBlock> extended = extendedData(rep);
        return new FingerImage(
                position,
                number,
                time,
                device,
                qualities,
                certifications,
                scale,
                scanX,
                scanY,
                imageX,
                imageY,
                depth,
                compression,
                impression,
                width,
                height,
                data,
                extended);
    }

    private byte[] imageData(String rep, FingerImageCompression compression, int width, int height, int depth) {
        int offset = in.offset();
        long length = in.u32(rep + "image data length");
        in.check(length >= 1, offset, rep + "image data length", "is 0");
        in.check(
                length <= in.remaining(),
                offset,
                rep + "image data length",
                "declares " + length + " bytes but the representation length leaves " + in.remaining());
        if (compression == FingerImageCompression.UNCOMPRESSED) {
            int expected = FingerImage.uncompressedLength(width, height, depth);
            in.check(
                    length == expected,
                    offset,
                    rep + "image data length",
                    "uncompressed " + width + "x" + height + " at " + depth + " bits needs " + expected
                            + " bytes, found " + length);
        }
        return in.bytes(length, rep + "image data");
    }

    /** Blocks of type (16 bits), length (16 bits, header included) and data, up to the representation's end. */
    private List<ExtendedDataBlock> extendedData(String rep) {
        var blocks = new ArrayList<ExtendedDataBlock>();
        while (in.remaining() > 0) {
            int offset = in.offset();
            int type = in.u16(rep + "extended data block type");
            in.check(type != 0, offset, rep + "extended data block type", "is 0");
            int lengthOffset = in.offset();
            int length = in.u16(rep + "extended data block length");
            in.check(
                    length >= 4 && length - 4 <= in.remaining(),
                    lengthOffset,
                    rep + "extended data block length",
                    "declares " + length + " bytes but " + (in.remaining() + 4) + " remain in the representation");
            blocks.add(new ExtendedDataBlock(type, in.bytes(length - 4, rep + "extended data")));
        }
        return blocks;
    }

    private int code(String field, java.util.function.IntPredicate known) {
        int offset = in.offset();
        int value = in.u8(field);
        in.check(known.test(value), offset, field, "unknown code " + value);
        return value;
    }

    private int nonZero(String field) {
        int offset = in.offset();
        int value = in.u16(field);
        in.check(value > 0, offset, field, "is 0");
        return value;
    }

    private int side(String field) {
        int offset = in.offset();
        int value = in.u16(field);
        in.check(
                value >= 1 && value <= FingerImage.MAX_SIDE,
                offset,
                field,
                "is " + value + ", expected 1-" + FingerImage.MAX_SIDE);
        return value;
    }
}
