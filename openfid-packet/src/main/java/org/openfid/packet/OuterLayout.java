package org.openfid.packet;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openfid.packet.layout.PacketFiles;

/** The decrypted outer zip: {@code REGISTRATION_CLIENT/<process>/<rid>_<sub>.zip|json} pairs. */
record OuterLayout(String rid, PacketProcess process, Map<SubPacket, Pair> subPackets) {

    private static final Pattern ENTRY = Pattern.compile("([A-Z_]+)/([A-Z_]+)/([0-9]{10,40})_([a-z]+)\\.(zip|json)");

    /** The encrypted zip and its info file of one sub-packet. */
    record Pair(byte[] zip, byte[] info) {}

    static @Nullable OuterLayout parse(Map<String, byte[]> entries, Problems problems) {
        String rid = null;
        PacketProcess process = null;
        var zips = new EnumMap<SubPacket, byte[]>(SubPacket.class);
        var infos = new EnumMap<SubPacket, byte[]>(SubPacket.class);
        int before = problems.count();
        for (var entry : entries.entrySet()) {
            Matcher m = ENTRY.matcher(entry.getKey());
            SubPacket sub = m.matches() ? subPacket(m.group(4)) : null;
            PacketProcess p = m.matches() ? processOf(m.group(2)) : null;
            if (sub == null || p == null || !PacketFiles.SOURCE.equals(m.group(1))) {
                problems.add(ProblemCode.LAYOUT_INVALID, "packet", "Unexpected entry " + entry.getKey());
                continue;
            }
            if ((rid != null && !rid.equals(m.group(3))) || (process != null && process != p)) {
                problems.add(ProblemCode.LAYOUT_INVALID, "packet", "Entries of more than one RID or process");
                continue;
            }
            rid = m.group(3);
            process = p;
            ("zip".equals(m.group(5)) ? zips : infos).put(sub, entry.getValue());
        }
        var pairs = new EnumMap<SubPacket, Pair>(SubPacket.class);
        for (SubPacket sub : SubPacket.values()) {
            if (zips.containsKey(sub) != infos.containsKey(sub)) {
                problems.add(ProblemCode.LAYOUT_INVALID, sub.fileName(), "Sub-packet zip and json must come in pairs");
            } else if (zips.containsKey(sub)) {
                pairs.put(sub, new Pair(zips.get(sub), infos.get(sub)));
            }
        }
        if (!pairs.containsKey(SubPacket.ID)) {
            problems.add(ProblemCode.LAYOUT_INVALID, "packet", "The id sub-packet is missing");
        }
        return problems.count() > before || rid == null || process == null
                ? null
                : new OuterLayout(rid, process, pairs);
    }

    private static @Nullable SubPacket subPacket(String name) {
        for (SubPacket sub : SubPacket.values()) {
            if (sub.fileName().equals(name)) {
                return sub;
            }
        }
        return null;
    }

    private static @Nullable PacketProcess processOf(String name) {
        for (PacketProcess process : PacketProcess.values()) {
            if (process.mosipName().equals(name)) {
                return process;
            }
        }
        return null;
    }
}
