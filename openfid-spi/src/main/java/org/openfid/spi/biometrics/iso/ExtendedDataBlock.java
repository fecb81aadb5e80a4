package org.openfid.spi.biometrics.iso;

import java.util.Arrays;
import java.util.Objects;

/**
 * One extended data block after the image data of a representation (segmentation, annotation,
 * comment or vendor-defined). Kept opaque but intact, so a record read and written again is unchanged
 * (MOSIP's registration captures carry all three standard kinds).
 *
 * @param type block type code (1 segmentation, 2 annotation, 3 comment, 0x0100 and up vendor-defined)
 * @param data the block's data, without its 4-byte type and length header
 * @since 0.4
 */
public record ExtendedDataBlock(int type, byte[] data) {

    public static final int SEGMENTATION = 1;
    public static final int ANNOTATION = 2;
    public static final int COMMENT = 3;

    /** The largest data a block can hold (its 16-bit length counts the 4-byte header). */
    static final int MAX_DATA = 0xffff - 4;

    public ExtendedDataBlock {
        Objects.requireNonNull(data, "data");
        if (type < 1 || type > 0xffff) {
            throw new IllegalArgumentException("Extended data block type is 1-65535, got " + type);
        }
        if (data.length > MAX_DATA) {
            throw new IllegalArgumentException("Extended data block holds at most " + MAX_DATA + " bytes");
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The encoded size, header included. */
    int encodedLength() {
        return 4 + data.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExtendedDataBlock that && type == that.type && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * type + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "ExtendedDataBlock[type " + type + ", " + data.length + " bytes]";
    }
}
