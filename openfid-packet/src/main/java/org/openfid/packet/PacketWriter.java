package org.openfid.packet;

import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Objects;
import org.openfid.packet.crypto.PacketCipher;
import org.openfid.packet.layout.PacketFiles;
import org.openfid.packet.layout.SubPacketWriter;
import org.openfid.packet.zip.ZipEntries;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a registration packet in MOSIP's layout: each sub-packet zipped, signed by the machine over
 * its plain zip, encrypted to the server's registration certificate and described by {@code
 * <rid>_<sub>.json} (with the hash of the encrypted bytes); then the outer zip {@code
 * REGISTRATION_CLIENT/<process>/...} encrypted again.
 */
public final class PacketWriter {

    private final PacketSigner signer;
    private final X509Certificate serverCertificate;

    /**
     * @param signer the registration machine's signing key
     * @param serverCertificate the server's registration encryption certificate
     */
    public PacketWriter(PacketSigner signer, X509Certificate serverCertificate) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.serverCertificate = Objects.requireNonNull(serverCertificate, "serverCertificate");
    }

    /** The packet, signed and encrypted, with its upload file name. */
    public WrittenPacket write(RegistrationPacket packet) {
        String folder = PacketFiles.SOURCE + "/" + packet.process().mosipName() + "/";
        var outer = new LinkedHashMap<String, byte[]>();
        for (SubPacket sub : SubPacketWriter.subPackets(packet)) {
            byte[] plain = ZipEntries.write(SubPacketWriter.entries(packet, sub));
            byte[] encrypted = PacketCipher.encrypt(plain, serverCertificate);
            String name = packet.rid() + "_" + sub.fileName();
            outer.put(folder + name + ".zip", encrypted);
            outer.put(folder + name + ".json", info(packet, name, signer.sign(plain), encrypted));
        }
        byte[] uploaded = PacketCipher.encrypt(ZipEntries.write(outer), serverCertificate);
        return new WrittenPacket(packet.rid(), fileName(packet), uploaded);
    }

    /** {@code <rid>-<centreId>_<machineId>-<yyyyMMddHHmmss>.zip}. */
    public static String fileName(RegistrationPacket packet) {
        return packet.rid() + "-" + packet.referenceId() + "-"
                + packet.creationTime().format(PacketFiles.FILE_TIME) + ".zip";
    }

    private static byte[] info(RegistrationPacket packet, String name, byte[] signature, byte[] encrypted) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        ObjectNode info = PacketFiles.JSON.createObjectNode();
        info.put("process", packet.process().mosipName());
        info.put("creationdate", packet.creationTime().format(PacketFiles.CREATION_DATE));
        info.put("encryptedhash", base64.encodeToString(PacketFiles.sha256(encrypted)));
        info.put("signature", base64.encodeToString(signature));
        info.put("source", PacketFiles.SOURCE);
        info.put("providerversion", PacketFiles.PROVIDER_VERSION);
        info.put("id", packet.rid());
        info.put("schemaversion", packet.schemaVersion());
        info.put("packetname", name);
        info.put("providername", PacketFiles.PROVIDER_NAME);
        info.put("refid", packet.referenceId());
        return PacketFiles.JSON.writeValueAsBytes(info);
    }
}
