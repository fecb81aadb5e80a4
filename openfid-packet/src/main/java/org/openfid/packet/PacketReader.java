package org.openfid.packet;

import java.security.PublicKey;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openfid.packet.crypto.PacketCipher;
import org.openfid.packet.layout.PacketFiles;
import org.openfid.packet.zip.ZipEntries;

/**
 * Reads an uploaded packet and verifies everything: decryption of the outer zip and of each
 * sub-packet, the outer layout, each sub-packet's {@code encryptedhash} and machine signature, the
 * files each sub-packet must hold, both hash files, {@code packet_meta_info.json}, {@code ID.json}'s
 * shape, every CBEFF file (against the schema) and {@code audit.json}. Bad packets give a list of
 * {@link PacketProblem}s, never an exception; memory and time stay within {@link PacketLimits}.
 * Thread-safe.
 */
public final class PacketReader {

    private final PacketOpener opener;
    private final PacketLimits limits;

    public PacketReader(PacketOpener opener, PacketLimits limits) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads the uploaded bytes.
     *
     * @param referenceId {@code <centreId>_<machineId>} from the sync record / file name
     * @param machineKey the public key of the machine that signed the packet (from master data)
     */
    public PacketReading read(byte[] uploaded, String referenceId, PublicKey machineKey) {
        var problems = new Problems();
        if (uploaded.length > limits.maxPacketBytes()) {
            problems.add(
                    ProblemCode.PACKET_TOO_LARGE,
                    "packet",
                    uploaded.length + " bytes, limit " + limits.maxPacketBytes());
            return new PacketReading(null, problems.list());
        }
        byte[] outerZip = decrypt(uploaded, referenceId, "packet", problems);
        Map<String, byte[]> outer = outerZip == null ? null : unzip(outerZip, "packet", problems);
        OuterLayout layout = outer == null ? null : OuterLayout.parse(outer, problems);
        if (layout == null) {
            return new PacketReading(null, problems.list());
        }
        var subPackets = new EnumMap<SubPacket, Map<String, byte[]>>(SubPacket.class);
        for (var entry : layout.subPackets().entrySet()) {
            SubPacket sub = entry.getKey();
            var verifier = new SubPacketVerifier(layout, sub, problems);
            byte[] encrypted = entry.getValue().zip();
            if (!verifier.checkInfo(entry.getValue().info(), encrypted, referenceId)) {
                continue;
            }
            byte[] plain = decrypt(encrypted, referenceId, sub.fileName(), problems);
            if (plain == null || !verifier.checkSignature(plain, machineKey)) {
                continue;
            }
            Map<String, byte[]> files = unzip(plain, sub.fileName(), problems);
            if (files != null && verifier.checkFiles(files)) {
                subPackets.put(sub, files);
            }
        }
        if (problems.any()) {
            return new PacketReading(null, problems.list());
        }
        RegistrationPacket packet = new PacketAssembler(layout, subPackets, limits, problems).assemble();
        if (packet != null && !packet.referenceId().equals(referenceId)) {
            problems.add(
                    ProblemCode.META_INFO_INVALID,
                    "id/" + PacketFiles.META_INFO,
                    "centerId and machineId differ from the reference id " + referenceId);
        }
        return problems.any() || packet == null
                ? new PacketReading(null, problems.list())
                : new PacketReading(packet, problems.list());
    }

    private byte @Nullable [] decrypt(byte[] stored, String referenceId, String where, Problems problems) {
        byte[][] parts = PacketCipher.split(stored);
        if (parts == null) {
            problems.add(
                    ProblemCode.DECRYPTION_FAILED, where, "Too short to be encrypted (" + stored.length + " bytes)");
            return null;
        }
        try {
            return opener.open(parts[2], parts[0], parts[1], referenceId);
        } catch (PacketOpener.PacketOpeningException e) {
            problems.add(ProblemCode.DECRYPTION_FAILED, where, String.valueOf(e.getMessage()));
            return null;
        }
    }

    private @Nullable Map<String, byte[]> unzip(byte[] zip, String where, Problems problems) {
        var zipLimits = new ZipEntries.Limits(
                limits.maxEntries(), limits.maxEntryBytes(), limits.maxTotalBytes(), limits.maxCompressionRatio());
        try {
            return ZipEntries.read(zip, zipLimits);
        } catch (ZipEntries.ZipRefusedException e) {
            ProblemCode code = switch (e.refusal()) {
                case NOT_A_ZIP, TRUNCATED -> ProblemCode.ZIP_INVALID;
                case UNSAFE_NAME, DUPLICATE_NAME -> ProblemCode.ZIP_UNSAFE_NAME;
                case TOO_MANY_ENTRIES, ENTRY_TOO_LARGE, TOO_LARGE, RATIO_TOO_HIGH -> ProblemCode.ZIP_TOO_LARGE;
            };
            problems.add(code, where, String.valueOf(e.getMessage()));
            return null;
        }
    }
}
