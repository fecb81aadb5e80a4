package org.openfid.packet;

/**
 * Bounds on what the reader accepts, so that a hostile packet cannot exhaust memory or time: the
 * uploaded size, entries per zip, each entry's and all entries' uncompressed size, and the
 * compression ratio (a zip bomb inflates thousands of times), and the length of a text value in
 * {@code ID.json}.
 */
public record PacketLimits(
        long maxPacketBytes,
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        int maxCompressionRatio,
        int maxFieldChars) {

    /** Generous for ten fingers, two irises, a face and a few scanned documents. */
    public static final PacketLimits DEFAULT = new PacketLimits(50L << 20, 200, 20L << 20, 100L << 20, 200, 4096);

    public PacketLimits {
        if (maxPacketBytes <= 0
                || maxEntries <= 0
                || maxEntryBytes <= 0
                || maxTotalBytes <= 0
                || maxCompressionRatio < 1
                || maxFieldChars <= 0) {
            throw new IllegalArgumentException("Packet limits must be positive");
        }
    }
}
