package org.openfid.spi.biometrics.iso;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an ISO/IEC 19794-2:2011 ("030") minutiae record into the 2005 model, so templates from newer
 * extractors import too. Everything the model cannot hold without loss of meaning is refused
 * (representations of different image sizes, impression types 2005 lacks); minutia qualities 254
 * (not reported) and 255 (failed) become 0, the 2005 "not reported".
 */
final class MinutiaeRecord2011Reader {

    /** Representation header before the quality blocks, plus the fixed fields after them. */
    private static final int MIN_REPRESENTATION = 4 + 9 + 1 + 2 + 2 + 1 + 1 + 1 + 2 + 2 + 1 + 2 + 2 + 1 + 1 + 2;

    private final RecordReader in;
    private int width;
    private int height;
    private int resolutionX;
    private int resolutionY;
    private int impression;

    private MinutiaeRecord2011Reader(RecordReader in) {
        this.in = in;
    }

    /** Reads from just after the version number; {@code in} is limited to the record length. */
    static FingerMinutiaeRecord read(RecordReader in) {
        return new MinutiaeRecord2011Reader(in).record();
    }

    private FingerMinutiaeRecord record() {
        int countOffset = in.offset();
        int count = in.u16("number of finger representations");
        in.check(
                count >= 1 && count <= FingerMinutiaeRecord.MAX_VIEWS,
                countOffset,
                "number of finger representations",
                "is " + count + ", expected 1-" + FingerMinutiaeRecord.MAX_VIEWS);
        int flagOffset = in.offset();
        int certified = in.u8("certification flag");
        in.check(certified <= 1, flagOffset, "certification flag", "is " + certified + ", expected 0 or 1");
        var views = new ArrayList<FingerView>(count);
        for (int i = 0; i < count; i++) {
            views.add(representation("finger representation " + (i + 1) + " ", certified == 1));
        }
        in.check(
                in.remaining() == 0,
                in.offset(),
                "record length",
                in.remaining() + " bytes after the last representation");
        return new FingerMinutiaeRecord(false, 0, width, height, resolutionX, resolutionY, views);
    }

    private FingerView representation(String prefix, boolean certified) {
        int start = in.offset();
        long length = in.u32(prefix + "length");
        in.check(
                length >= MIN_REPRESENTATION && length <= in.remaining() + 4L,
                start,
                prefix + "length",
                "declares " + length + " bytes, but " + (in.remaining() + 4) + " remain");
        int outer = in.limit();
        in.limitTo(start + (int) length, prefix + "length");
        in.bytes(9 + 1 + 2 + 2, prefix + "capture date, device technology, vendor and type");
        int quality = qualities(prefix);
        if (certified) {
            in.bytes(3L * in.u8(prefix + "number of certification blocks"), prefix + "certification blocks");
        }
        int positionOffset = in.offset();
        int position = in.u8(prefix + "finger position");
        in.check(position <= 10, positionOffset, prefix + "finger position", "unknown code " + position);
        int viewOffset = in.offset();
        int view = in.u8(prefix + "representation number");
        in.check(view <= 15, viewOffset, prefix + "representation number", "is " + view + ", expected 0-15");
        geometry(prefix);
        var view2005 = minutiae(prefix, position, view, quality);
        in.limitTo(outer, prefix + "length");
        return view2005;
    }

    private int qualities(String prefix) {
        int count = in.u8(prefix + "number of quality blocks");
        int first = 0;
        for (int i = 0; i < count; i++) {
            int offset = in.offset();
            int score = in.u8(prefix + "quality score");
            in.check(
                    score <= 100 || score == 255,
                    offset,
                    prefix + "quality score",
                    "is " + score + ", expected 0-100 or 255");
            in.bytes(4, prefix + "quality algorithm vendor and id");
            if (i == 0 && score <= 100) {
                first = score;
            }
        }
        return first;
    }

    private void geometry(String prefix) {
        int offset = in.offset();
        int x = in.u16(prefix + "horizontal resolution");
        int y = in.u16(prefix + "vertical resolution");
        in.check(x > 0 && y > 0, offset, prefix + "resolution", "is 0");
        in.check(
                resolutionX == 0 || (x == resolutionX && y == resolutionY),
                offset,
                prefix + "resolution",
                "differs from the first representation's");
        resolutionX = x;
        resolutionY = y;
        int impressionOffset = in.offset();
        impression = in.u8(prefix + "impression type");
        in.check(
                FingerView.knownImpression(impression),
                impressionOffset,
                prefix + "impression type",
                "code " + impression + " has no ISO 19794-2:2005 equivalent");
        int sizeOffset = in.offset();
        int w = in.u16(prefix + "image width");
        int h = in.u16(prefix + "image height");
        in.check(
                w > 0 && h > 0 && w <= Minutia.MAX_COORDINATE && h <= Minutia.MAX_COORDINATE,
                sizeOffset,
                prefix + "image size",
                w + "x" + h + " is outside 1-" + Minutia.MAX_COORDINATE);
        in.check(
                width == 0 || (w == width && h == height),
                sizeOffset,
                prefix + "image size",
                "differs from the first representation's");
        width = w;
        height = h;
    }

    private FingerView minutiae(String prefix, int position, int view, int quality) {
        int flagsOffset = in.offset();
        int flags = in.u8(prefix + "minutia field length and ridge ending type");
        int size = flags >> 4;
        in.check(
                (size == 5 || size == 6) && (flags & 0xf) <= 2,
                flagsOffset,
                prefix + "minutia field length and ridge ending type",
                "unknown value " + flags);
        int count = in.u8(prefix + "number of minutiae");
        var minutiae = new ArrayList<Minutia>(count);
        for (int i = 0; i < count; i++) {
            minutiae.add(minutia(prefix + "minutia " + (i + 1) + " ", size == 6));
        }
        int extensionOffset = in.offset();
        int extensionLength = in.u16(prefix + "extended data length");
        in.check(
                extensionLength == in.remaining(),
                extensionOffset,
                prefix + "extended data length",
                "declares " + extensionLength + " bytes but the representation leaves " + in.remaining());
        byte[] extended = in.bytes(extensionLength, prefix + "extended data");
        return new FingerView(position, view, impression, quality, List.copyOf(minutiae), extended);
    }

    private Minutia minutia(String prefix, boolean withQuality) {
        int offset = in.offset();
        int typeAndX = in.u16(prefix + "type and x");
        var type = MinutiaType.ofCode(typeAndX >> 14);
        in.check(type.isPresent(), offset, prefix + "type", "reserved code 3");
        int x = typeAndX & Minutia.MAX_COORDINATE;
        in.check(x < width, offset, prefix + "x", "is " + x + ", outside the " + width + " pixel wide image");
        int yOffset = in.offset();
        int y = in.u16(prefix + "y");
        in.check(y < height, yOffset, prefix + "y", "is " + y + ", outside the " + height + " pixel high image");
        int angle = in.u8(prefix + "angle");
        int quality = 0;
        if (withQuality) {
            int qualityOffset = in.offset();
            quality = in.u8(prefix + "quality");
            in.check(
                    quality <= 100 || quality >= 254,
                    qualityOffset,
                    prefix + "quality",
                    "is " + quality + ", expected 0-100, 254 or 255");
            quality = quality > 100 ? 0 : quality;
        }
        return new Minutia(type.orElseThrow(), x, y, angle, quality);
    }
}
