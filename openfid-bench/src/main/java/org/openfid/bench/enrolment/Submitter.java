package org.openfid.bench.enrolment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openfid.packet.BiometricField;
import org.openfid.packet.FieldCategory;
import org.openfid.packet.JcaPacketSigner;
import org.openfid.packet.PacketProcess;
import org.openfid.packet.PacketWriter;
import org.openfid.packet.WrittenPacket;
import org.openfid.packet.crypto.PacketCipher;
import org.openfid.packet.synthetic.SyntheticPackets;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;
import org.openfid.synth.people.SyntheticPopulation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one registration client does per packet: build the packet of a synthetic person (ten finger
 * images), sign it with the machine key and encrypt it to the platform's registration certificate,
 * sync it with a body encrypted the way MOSIP's client does ({@code base64url(nonce || aad ||
 * envelope)} to {@code REGISTRATION/<centre>_<machine>}), then upload it. Building is CPU-heavy and
 * thread-safe, so callers run {@link #build} on a pool and {@link #send} in order.
 */
final class Submitter {

    static final String SYNC = "/registrationprocessor/v1/registrationstatus/sync";
    static final String UPLOAD = "/registrationprocessor/v1/packetreceiver/registrationpackets";
    static final String ACKNOWLEDGED = "Packet is in PACKET_RECEIVED status";

    private final PlatformClient platform;
    private final DemoStation station;
    private final String account;
    private final SyntheticPackets packets;
    private final SyntheticPopulation population;
    private final PacketWriter writer;
    private final FingerCapture capture;

    /**
     * @param account the {@code Authorization} value of a {@code REGISTRATION_CLIENT} service account
     */
    Submitter(PlatformClient platform, DemoStation station, String account, SyntheticPopulation population) {
        this.platform = platform;
        this.station = station;
        this.account = account;
        this.population = population;
        this.packets = new SyntheticPackets(population);
        this.capture = new FingerCapture(population);
        this.writer =
                new PacketWriter(new JcaPacketSigner(station.keys().getPrivate()), station.registrationCertificate());
    }

    /** The signed, encrypted packet of population record {@code record} under RID sequence {@code sequence}. */
    WrittenPacket build(long record, long sequence) {
        var registration = new SyntheticPackets.Registration(
                station.rid(sequence),
                PacketProcess.NEW,
                station.centreId(),
                station.machineId(),
                station.createdAt(sequence),
                station.operator(),
                null);
        var person = population.person(record);
        Instant captured = registration.createdAt().toInstant(ZoneOffset.UTC);
        List<Bir> birs = SyntheticPackets.TEN_FINGERS.stream()
                .map(finger -> {
                    FingerCapture.Capture taken = capture.capture(person, finger);
                    return SyntheticPackets.fingerBir(finger, taken.image(), captured, taken.quality());
                })
                .toList();
        var packet = packets.builder(person, registration, List.of())
                .biometrics(new BiometricField("individualBiometrics", CbeffDocument.of(birs), FieldCategory.PVT))
                .build();
        return writer.write(packet);
    }

    /** The station's capture screen (its re-capture counts go to the report). */
    FingerCapture capture() {
        return capture;
    }

    /** Syncs then uploads; null when both were acknowledged, else why not (codes and messages only). */
    String send(WrittenPacket packet) {
        String packetId = packetId(packet);
        JsonNode synced = platform.post(
                SYNC,
                account,
                encryptedSync(packet, packetId),
                Map.of(
                        "Center-Machine-RefId",
                        station.reference(),
                        "timestamp",
                        Instant.now().toString()));
        JsonNode first = synced.path("response").path(0);
        if (!"SUCCESS".equals(first.path("status").asString())) {
            return "sync refused: " + synced.path("errors");
        }
        JsonNode uploaded = platform.upload(UPLOAD, account, packetId + ".zip", packet.bytes());
        if (!ACKNOWLEDGED.equals(uploaded.path("response").path("status").asString())) {
            return "upload refused: " + uploaded.path("errors");
        }
        return null;
    }

    /** {@code <rid>-<centre>_<machine>-<time>}: the file name without {@code .zip}. */
    static String packetId(WrittenPacket packet) {
        return packet.fileName().substring(0, packet.fileName().length() - ".zip".length());
    }

    /** The sync request of one packet, encrypted to the machine's registration key. */
    String encryptedSync(WrittenPacket packet, String packetId) {
        ObjectNode entry = PlatformClient.JSON.createObjectNode();
        entry.put("registrationId", packet.rid());
        entry.put("packetId", packetId);
        entry.put("registrationType", PacketProcess.NEW.mosipName());
        entry.put("packetHashValue", packet.sha256Hex().toUpperCase(java.util.Locale.ROOT));
        entry.put("packetSize", packet.size());
        entry.put("supervisorStatus", "APPROVED");
        entry.put("supervisorComment", "");
        entry.put("langCode", "eng");
        ObjectNode body = PlatformClient.JSON.createObjectNode();
        body.put("id", "mosip.registration.sync");
        body.put("version", "1.0");
        body.put("requesttime", Instant.now().toString());
        body.putArray("request").add(entry);
        byte[] sealed = PacketCipher.encrypt(
                body.toString().getBytes(StandardCharsets.UTF_8), station.registrationCertificate());
        return "\"" + Base64.getUrlEncoder().encodeToString(sealed) + "\"";
    }
}
