package org.openfid.packet;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.openfid.packet.crypto.PacketCipher;
import org.openfid.packet.layout.PacketFiles;
import org.openfid.packet.zip.ZipEntries;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opens a written packet and re-seals it after a change, like an attacker (or a buggy station)
 * holding the machine key would: re-signed and re-hashed, so that deeper checks are reached.
 */
final class PacketSurgery {

    static final String FOLDER = "REGISTRATION_CLIENT/NEW/";
    private static final ZipEntries.Limits LIMITS = new ZipEntries.Limits(1000, 1 << 26, 1 << 27, 10_000);

    private PacketSurgery() {}

    static Map<String, byte[]> outer(byte[] uploaded) {
        return unzip(open(uploaded));
    }

    static byte[] sealOuter(Map<String, byte[]> outer) {
        return PacketCipher.encrypt(ZipEntries.write(outer), TestPackets.SERVER_CERTIFICATE);
    }

    static byte[] open(byte[] stored) {
        byte[][] parts = PacketCipher.split(stored);
        return new JcaPacketOpener(TestPackets.SERVER.getPrivate(), TestPackets.SERVER_CERTIFICATE)
                .open(parts[2], parts[0], parts[1], TestPackets.REFERENCE_ID);
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        try {
            return new LinkedHashMap<>(ZipEntries.read(zip, LIMITS));
        } catch (ZipEntries.ZipRefusedException e) {
            throw new AssertionError(e);
        }
    }

    /** Changes the plain files of a sub-packet, then re-signs, re-encrypts and re-hashes it. */
    static byte[] editSubPacket(byte[] uploaded, String sub, Consumer<Map<String, byte[]>> edit) {
        Map<String, byte[]> outer = outer(uploaded);
        String name = FOLDER + TestPackets.RID + "_" + sub;
        Map<String, byte[]> files = unzip(open(outer.get(name + ".zip")));
        edit.accept(files);
        byte[] plain = ZipEntries.write(files);
        resealSubPacket(outer, name, plain);
        return sealOuter(outer);
    }

    static void resealSubPacket(Map<String, byte[]> outer, String name, byte[] plain) {
        byte[] encrypted = PacketCipher.encrypt(plain, TestPackets.SERVER_CERTIFICATE);
        outer.put(name + ".zip", encrypted);
        ObjectNode info = (ObjectNode) PacketFiles.JSON.readTree(outer.get(name + ".json"));
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        info.put("encryptedhash", base64.encodeToString(PacketFiles.sha256(encrypted)));
        info.put("signature", base64.encodeToString(new JcaPacketSigner(TestPackets.MACHINE.getPrivate()).sign(plain)));
        outer.put(name + ".json", PacketFiles.JSON.writeValueAsBytes(info));
    }

    /** Recomputes the data hash file of a sub-packet after its files changed. */
    static void rehash(Map<String, byte[]> files, String... sequence) {
        var parts = new java.util.ArrayList<byte[]>();
        for (String file : sequence) {
            parts.add(files.get(file));
        }
        files.put(
                PacketFiles.DATA_HASH,
                PacketFiles.sha256Hex(parts).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
