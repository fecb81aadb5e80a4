package org.openfid.packet.zip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes zips of named byte arrays and reads untrusted ones within limits. Reading streams the
 * entries and counts inflated bytes as they come, so a zip bomb is stopped at the limit instead of
 * filling memory, and names are checked before any byte of the entry is kept.
 */
public final class ZipEntries {

    /** Relative names of letters, digits, {@code _ - .}, with {@code /} between non-dot segments. */
    private static final Pattern SAFE_NAME =
            Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}(/[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}){0,3}");

    private ZipEntries() {}

    /** Limits for one zip; {@code inputBytes} is the compressed size used for the ratio check. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {}

    /** Why a zip was refused. */
    public enum Refusal {
        NOT_A_ZIP,
        TRUNCATED,
        UNSAFE_NAME,
        DUPLICATE_NAME,
        TOO_MANY_ENTRIES,
        ENTRY_TOO_LARGE,
        TOO_LARGE,
        RATIO_TOO_HIGH
    }

    /** A refused zip; the message names the entry (never its content). */
    public static final class ZipRefusedException extends Exception {
        private final Refusal refusal;

        ZipRefusedException(Refusal refusal, String message) {
            super(message, null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** A zip of the entries in their order (deflated). */
    public static byte[] write(Map<String, byte[]> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                var zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTime(0L);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The entries of an untrusted zip in their order, or a refusal. Directory entries are skipped. */
    public static Map<String, byte[]> read(byte[] zipBytes, Limits limits) throws ZipRefusedException {
        var entries = new LinkedHashMap<String, byte[]>();
        long total = 0;
        int count = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > limits.maxEntries()) {
                    throw new ZipRefusedException(
                            Refusal.TOO_MANY_ENTRIES, "More than " + limits.maxEntries() + " entries");
                }
                String name = entry.getName();
                if (entry.isDirectory()
                        && SAFE_NAME
                                .matcher(name.substring(0, Math.max(0, name.length() - 1)))
                                .matches()) {
                    continue;
                }
                if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
                    throw new ZipRefusedException(Refusal.UNSAFE_NAME, "Unsafe entry name: " + printable(name));
                }
                byte[] content = inflate(zip, name, limits, limits.maxTotalBytes() - total);
                total += content.length;
                long ratioBase = Math.max(zipBytes.length, 1024);
                if (total > ratioBase * limits.maxRatio()) {
                    throw new ZipRefusedException(
                            Refusal.RATIO_TOO_HIGH, "Compression ratio above " + limits.maxRatio());
                }
                if (entries.putIfAbsent(name, content) != null) {
                    throw new ZipRefusedException(Refusal.DUPLICATE_NAME, "Entry given twice: " + name);
                }
            }
        } catch (ZipException e) {
            throw new ZipRefusedException(Refusal.NOT_A_ZIP, "Not a valid zip");
        } catch (java.io.EOFException e) {
            throw new ZipRefusedException(Refusal.TRUNCATED, "The zip is truncated");
        } catch (IOException | IllegalArgumentException e) {
            throw new ZipRefusedException(Refusal.NOT_A_ZIP, "Not a valid zip");
        }
        if (count == 0) {
            throw new ZipRefusedException(
                    zipBytes.length == 0 ? Refusal.TRUNCATED : Refusal.NOT_A_ZIP, "No zip entries");
        }
        return entries;
    }

    private static byte[] inflate(InputStream zip, String name, Limits limits, long totalLeft)
            throws IOException, ZipRefusedException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = zip.read(buffer)) > 0) {
            if (out.size() + (long) read > limits.maxEntryBytes()) {
                throw new ZipRefusedException(
                        Refusal.ENTRY_TOO_LARGE, "Entry " + name + " exceeds " + limits.maxEntryBytes() + " bytes");
            }
            if (out.size() + (long) read > totalLeft) {
                throw new ZipRefusedException(
                        Refusal.TOO_LARGE, "Entries exceed " + limits.maxTotalBytes() + " bytes in all");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static String printable(String name) {
        String cut = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
