package org.openfid.spi.biometrics.iso;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A big-endian writer that refuses values that do not fit their field instead of truncating them. */
final class RecordWriter {

    private final ByteArrayOutputStream out;

    RecordWriter(int expectedSize) {
        out = new ByteArrayOutputStream(expectedSize);
    }

    void ascii(String value) {
        out.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
    }

    void u8(int value, String field) {
        fits(value, 0xff, field);
        out.write(value);
    }

    void u16(int value, String field) {
        fits(value, 0xffff, field);
        out.write(value >>> 8);
        out.write(value);
    }

    void u32(long value, String field) {
        fits(value, 0xffffffffL, field);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
    }

    void bytes(byte[] value) {
        out.writeBytes(value);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private static void fits(long value, long max, String field) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " must be between 0 and " + max + ", got " + value);
        }
    }
}
