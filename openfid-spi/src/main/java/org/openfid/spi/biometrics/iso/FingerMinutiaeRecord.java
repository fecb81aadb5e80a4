package org.openfid.spi.biometrics.iso;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.BiometricFormatException;

/**
 * An ISO/IEC 19794-2:2005 finger minutiae record ("FMR", version " 20"): the interoperable template
 * format that SourceAFIS and most matchers import and export. Resolutions are in pixels per
 * centimetre, as the standard stores them (197 for 500 ppi).
 *
 * <p>{@link #read} is strict and bounded like {@link FingerImageRecord#read}, with one tolerance:
 * zero bytes after the declared length (templates padded to a fixed buffer size, as SourceAFIS's own
 * samples are) are ignored. ISO/IEC 19794-2:2011 ("030") records are read too, converted to this
 * model (same image size and resolution in every representation, 2005 impression types; see
 * {@code MinutiaeRecord2011Reader}); {@link #toBytes} always writes 2005, and what it writes passes
 * FingerprintIO's strict validation (checked in the tests).
 *
 * @param certifiedEquipment the capture equipment compliance bit (Appendix F certification)
 * @param equipmentId capture equipment id, 12 bits (0 unreported)
 * @param width image width in pixels the coordinates refer to
 * @param height image height in pixels
 * @param resolutionX horizontal resolution, pixels per centimetre
 * @param resolutionY vertical resolution, pixels per centimetre
 * @param views finger views; views of one finger are numbered 0, 1, ... in order
 * @since 0.4
 */
public record FingerMinutiaeRecord(
        boolean certifiedEquipment,
        int equipmentId,
        int width,
        int height,
        int resolutionX,
        int resolutionY,
        List<FingerView> views) {

    /** Eleven finger positions times sixteen views. */
    public static final int MAX_VIEWS = 176;

    static final String KIND = "ISO 19794-2 finger minutiae record";
    private static final String MAGIC = "FMR\0";
    private static final String VERSION = " 20\0";
    private static final String VERSION_2011 = "030\0";
    private static final int HEADER = 24;

    public FingerMinutiaeRecord {
        views = List.copyOf(views);
        if (equipmentId < 0 || equipmentId > 0xfff) {
            throw new IllegalArgumentException("Capture equipment id is 12-bit, got " + equipmentId);
        }
        if (width < 1 || width > 0xffff || height < 1 || height > 0xffff) {
            throw new IllegalArgumentException("Image size is 1-65535 pixels each way");
        }
        if (resolutionX < 1 || resolutionX > 0xffff || resolutionY < 1 || resolutionY > 0xffff) {
            throw new IllegalArgumentException("Resolutions are 1-65535 pixels per centimetre");
        }
        if (views.size() > MAX_VIEWS) {
            throw new IllegalArgumentException("At most " + MAX_VIEWS + " finger views");
        }
        String problem = viewProblem(views, width, height);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** A record for an image of {@code width x height} at {@code ppi} (converted to pixels per centimetre). */
    public static FingerMinutiaeRecord of(int width, int height, int ppi, List<FingerView> views) {
        int ppcm = (int) Math.round(ppi / 2.54);
        return new FingerMinutiaeRecord(false, 0, width, height, ppcm, ppcm, views);
    }

    /** The horizontal resolution in pixels per inch. */
    public int ppi() {
        return (int) Math.round(resolutionX * 2.54);
    }

    /**
     * Parses a whole record.
     *
     * @throws BiometricFormatException naming the field and offset of the first problem
     */
    public static FingerMinutiaeRecord read(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        var in = new RecordReader(KIND, bytes);
        in.expect(MAGIC, "format identifier");
        int versionOffset = in.offset();
        String version = new String(in.bytes(4, "version number"), java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean v2011 = version.equals(VERSION_2011);
        in.check(
                v2011 || version.equals(VERSION),
                versionOffset,
                "version number",
                "expected \" 20\\x00\" (2005) or \"030\\x00\" (2011)");
        int lengthOffset = in.offset();
        long length = in.u32("record length");
        in.check(
                length >= HEADER && length <= bytes.length && zeroFrom(bytes, (int) length),
                lengthOffset,
                "record length",
                "declares " + length + " bytes but the record has " + bytes.length
                        + (length < bytes.length ? " (only zero padding may follow)" : ""));
        in.limitTo((int) length, "record length");
        if (v2011) {
            return checked(MinutiaeRecord2011Reader.read(in), in);
        }
        int equipmentOffset = in.offset();
        int equipment = in.u16("capture equipment");
        in.check((equipment & 0x7000) == 0, equipmentOffset, "capture equipment", "reserved compliance bits are set");
        int width = positive(in, "image width");
        int height = positive(in, "image height");
        int resolutionX = positive(in, "horizontal resolution");
        int resolutionY = positive(in, "vertical resolution");
        int countOffset = in.offset();
        int count = in.u8("number of finger views");
        in.check(count <= MAX_VIEWS, countOffset, "number of finger views", "is " + count + ", at most " + MAX_VIEWS);
        int reservedOffset = in.offset();
        in.check(in.u8("reserved byte") == 0, reservedOffset, "reserved byte", "is not 0");
        var views = new ArrayList<FingerView>(count);
        for (int i = 0; i < count; i++) {
            views.add(view(in, i + 1, width, height));
        }
        in.check(in.remaining() == 0, in.offset(), "record length", in.remaining() + " bytes after the last view");
        String problem = viewProblem(views, width, height);
        in.check(problem == null, HEADER, "finger views", String.valueOf(problem));
        return new FingerMinutiaeRecord(
                (equipment & 0x8000) != 0, equipment & 0xfff, width, height, resolutionX, resolutionY, views);
    }

    /** The record's bytes. */
    public byte[] toBytes() {
        long total = HEADER;
        for (var view : views) {
            total += 6 + 6L * view.minutiae().size() + view.extendedData().length;
        }
        var out = new RecordWriter((int) total);
        out.ascii(MAGIC);
        out.ascii(VERSION);
        out.u32(total, "record length");
        out.u16((certifiedEquipment ? 0x8000 : 0) | equipmentId, "capture equipment");
        out.u16(width, "image width");
        out.u16(height, "image height");
        out.u16(resolutionX, "horizontal resolution");
        out.u16(resolutionY, "vertical resolution");
        out.u8(views.size(), "number of finger views");
        out.u8(0, "reserved byte");
        for (var view : views) {
            out.u8(view.position(), "finger position");
            out.u8((view.viewNumber() << 4) | view.impressionType(), "view number and impression type");
            out.u8(view.quality(), "finger quality");
            out.u8(view.minutiae().size(), "number of minutiae");
            for (var minutia : view.minutiae()) {
                out.u16((minutia.type().code() << 14) | minutia.x(), "minutia type and x");
                out.u16(minutia.y(), "minutia y");
                out.u8(minutia.angle(), "minutia angle");
                out.u8(minutia.quality(), "minutia quality");
            }
            byte[] extended = view.extendedData();
            out.u16(extended.length, "extended data length");
            out.bytes(extended);
        }
        return out.toByteArray();
    }

    private static FingerView view(RecordReader in, int index, int width, int height) {
        String prefix = "finger view " + index + " ";
        int positionOffset = in.offset();
        int position = in.u8(prefix + "finger position");
        in.check(position <= 10, positionOffset, prefix + "finger position", "unknown code " + position);
        int kindOffset = in.offset();
        int kind = in.u8(prefix + "view number and impression type");
        in.check(
                FingerView.knownImpression(kind & 0xf),
                kindOffset,
                prefix + "impression type",
                "unknown code " + (kind & 0xf));
        int qualityOffset = in.offset();
        int quality = in.u8(prefix + "finger quality");
        in.check(quality <= 100, qualityOffset, prefix + "finger quality", "is " + quality + ", expected 0-100");
        int count = in.u8(prefix + "number of minutiae");
        var minutiae = new ArrayList<Minutia>(count);
        for (int i = 0; i < count; i++) {
            minutiae.add(minutia(in, prefix + "minutia " + (i + 1) + " ", width, height));
        }
        int extendedOffset = in.offset();
        int extendedLength = in.u16(prefix + "extended data length");
        in.check(
                extendedLength <= in.remaining(),
                extendedOffset,
                prefix + "extended data length",
                "declares " + extendedLength + " bytes but " + in.remaining() + " remain");
        byte[] extended = in.bytes(extendedLength, prefix + "extended data");
        return new FingerView(position, kind >> 4, kind & 0xf, quality, minutiae, extended);
    }

    private static Minutia minutia(RecordReader in, String prefix, int width, int height) {
        int offset = in.offset();
        int typeAndX = in.u16(prefix + "type and x");
        var type = MinutiaType.ofCode(typeAndX >> 14);
        in.check(type.isPresent(), offset, prefix + "type", "reserved code 3");
        int x = typeAndX & Minutia.MAX_COORDINATE;
        in.check(x < width, offset, prefix + "x", "is " + x + ", outside the " + width + " pixel wide image");
        int yOffset = in.offset();
        int y = in.u16(prefix + "y");
        in.check(y <= Minutia.MAX_COORDINATE, yOffset, prefix + "y", "reserved bits are set");
        in.check(y < height, yOffset, prefix + "y", "is " + y + ", outside the " + height + " pixel high image");
        int angle = in.u8(prefix + "angle");
        int qualityOffset = in.offset();
        int quality = in.u8(prefix + "quality");
        in.check(quality <= 100, qualityOffset, prefix + "quality", "is " + quality + ", expected 0-100");
        return new Minutia(type.orElseThrow(), x, y, angle, quality);
    }

    private static FingerMinutiaeRecord checked(FingerMinutiaeRecord record, RecordReader in) {
        String problem = viewProblem(record.views(), record.width(), record.height());
        in.check(problem == null, 15, "finger representations", String.valueOf(problem));
        return record;
    }

    /** Whether everything from {@code start} on is zero (card readers pad templates to a fixed size). */
    private static boolean zeroFrom(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int positive(RecordReader in, String field) {
        int offset = in.offset();
        int value = in.u16(field);
        in.check(value > 0, offset, field, "is 0");
        return value;
    }

    /**
     * What makes this list of views invalid, if anything: minutiae outside the image, or views of a
     * finger not numbered 0, 1, ... in order (which would make "view 2 of the left index" ambiguous).
     */
    private static @Nullable String viewProblem(List<FingerView> views, int width, int height) {
        var nextView = new HashMap<Integer, Integer>();
        for (var view : views) {
            int expected = nextView.getOrDefault(view.position(), 0);
            if (view.viewNumber() != expected) {
                return "view " + view.viewNumber() + " of finger position " + view.position() + " should be view "
                        + expected + " (views of a finger are numbered 0, 1, ... in order)";
            }
            nextView.put(view.position(), expected + 1);
            for (var minutia : view.minutiae()) {
                if (minutia.x() >= width || minutia.y() >= height) {
                    return "a minutia of finger position " + view.position() + " lies outside the " + width + "x"
                            + height + " image";
                }
            }
        }
        return null;
    }
}
