package org.openfid.packet;

import java.util.HexFormat;
import org.openfid.packet.layout.PacketFiles;

/**
 * An encrypted packet ready for upload.
 *
 * @param fileName {@code <rid>-<centreId>_<machineId>-<yyyyMMddHHmmss>.zip}
 * @param bytes the encrypted outer zip, exactly as uploaded
 */
public record WrittenPacket(String rid, String fileName, byte[] bytes) {

    /** Lower-case hex SHA-256 of the uploaded bytes: the sync call's {@code packetHashValue}. */
    public String sha256Hex() {
        return HexFormat.of().formatHex(PacketFiles.sha256(bytes));
    }

    /** The sync call's {@code packetSize}. */
    public long size() {
        return bytes.length;
    }
}
