package org.openfid.enrolment.intake;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Packet file names as MOSIP's registration clients upload them: {@code <packetId>.zip}, where the
 * packet id is the RID itself or {@code <rid>-<centreId>_<machineId>-<yyyyMMddHHmmss>}. The RID is
 * always the first 29 digits.
 */
final class PacketNames {

    private static final Pattern PACKET_ID = Pattern.compile("([0-9]{29})(-[0-9]{5}_[0-9]{5}-[0-9]{14})?");

    private PacketNames() {}

    static boolean validPacketId(String packetId, String rid) {
        return PACKET_ID.matcher(packetId).matches() && packetId.startsWith(rid);
    }

    /** The packet id of an uploaded file name, or {@code null} when the name is not a packet's. */
    static @Nullable String packetId(@Nullable String fileName) {
        if (fileName == null || !fileName.endsWith(".zip")) {
            return null;
        }
        String stem = fileName.substring(0, fileName.length() - ".zip".length());
        return PACKET_ID.matcher(stem).matches() ? stem : null;
    }
}
