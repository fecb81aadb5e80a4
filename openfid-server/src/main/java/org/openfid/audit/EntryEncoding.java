package org.openfid.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** The canonical, unambiguous byte form of an entry that its hash covers; see {@link AuditEntry#computeHash()}. */
final class EntryEncoding {

    static final String VERSION_TAG = "openfid-audit-entry/v1";
    private static final byte ABSENT = 0x00;
    private static final byte PRESENT = 0x01;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    private EntryEncoding() {}

    static byte[] encode(AuditEntry entry) {
        var encoding = new EntryEncoding();
        encoding.text(VERSION_TAG);
        encoding.text(entry.prevHash());
        encoding.number(entry.seq());
        encoding.text(entry.eventId().toString());
        encoding.instant(entry.occurredAt());
        encoding.instant(entry.recordedAt());
        encoding.text(entry.module());
        encoding.text(entry.action());
        encoding.text(entry.actor());
        encoding.text(entry.partner());
        encoding.text(entry.targetHash());
        encoding.text(entry.outcome());
        encoding.text(entry.detail());
        encoding.text(entry.requestId());
        return encoding.out.toByteArray();
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    private void text(@Nullable String value) {
        if (value == null) {
            out.write(ABSENT);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.write(PRESENT);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private void number(long value) {
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    private void instant(Instant value) {
        number(ChronoUnit.MICROS.between(Instant.EPOCH, value));
    }
}
