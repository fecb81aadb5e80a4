package org.openfid.spi.biometrics.iso;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.openfid.spi.biometrics.BiometricFormatException;

/**
 * A bounded big-endian cursor over a record: every read names the field it reads, so a truncated or
 * inconsistent record fails with the record kind, the field and the byte offset (never with the
 * biometric content, and never with an {@link ArrayIndexOutOfBoundsException}).
 */
final class RecordReader {

    private final String kind;
    private final byte[] bytes;
    private int position;
    private int limit;

    RecordReader(String kind, byte[] bytes) {
        this.kind = kind;
        this.bytes = bytes;
        this.limit = bytes.length;
    }

    int offset() {
        return position;
    }

    int limit() {
        return limit;
    }

    int remaining() {
        return limit - position;
    }

    /** Narrows reading to {@code end} (for example the end of one representation). */
    void limitTo(int end, String field) {
        if (end < position || end > bytes.length) {
            throw failure(position, field, "length runs past the end of the record");
        }
        limit = end;
    }

    void unlimit() {
        limit = bytes.length;
    }

    int u8(String field) {
        need(1, field);
        return bytes[position++] & 0xff;
    }

    int u16(String field) {
        need(2, field);
        int value = ((bytes[position] & 0xff) << 8) | (bytes[position + 1] & 0xff);
        position += 2;
        return value;
    }

    long u32(String field) {
        need(4, field);
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (bytes[position + i] & 0xff);
        }
        position += 4;
        return value;
    }

    byte[] bytes(long count, String field) {
        if (count < 0 || count > remaining()) {
            throw failure(position, field, "declares " + count + " bytes but only " + remaining() + " remain");
        }
        byte[] copy = Arrays.copyOfRange(bytes, position, position + (int) count);
        position += (int) count;
        return copy;
    }

    /** Reads a fixed ASCII marker (magic, version) and fails unless it is exactly {@code expected}. */
    void expect(String expected, String field) {
        int start = position;
        byte[] wanted = expected.getBytes(StandardCharsets.US_ASCII);
        need(wanted.length, field);
        byte[] found = Arrays.copyOfRange(bytes, position, position + wanted.length);
        position += wanted.length;
        if (!Arrays.equals(wanted, found)) {
            throw failure(start, field, "expected " + printable(wanted) + ", found " + printable(found));
        }
    }

    /** Fails at {@code offset} unless {@code condition} holds. */
    void check(boolean condition, int offset, String field, String problem) {
        if (!condition) {
            throw failure(offset, field, problem);
        }
    }

    BiometricFormatException failure(int offset, String field, String problem) {
        return new BiometricFormatException(kind + ": " + field + " at offset " + offset + ": " + problem);
    }

    private void need(int count, String field) {
        if (remaining() < count) {
            throw failure(position, field, "truncated (needs " + count + " bytes, " + remaining() + " remain)");
        }
    }

    private static String printable(byte[] value) {
        var text = new StringBuilder("\"");
        for (byte b : value) {
            int c = b & 0xff;
            text.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return text.append('"').toString();
    }
}
