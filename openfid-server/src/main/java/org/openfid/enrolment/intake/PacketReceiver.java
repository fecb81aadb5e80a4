package org.openfid.enrolment.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.EnrolmentCase;
import org.openfid.enrolment.EnrolmentException;
import org.openfid.enrolment.EnrolmentProperties;
import org.openfid.enrolment.EnrolmentReceived;
import org.openfid.enrolment.StageRecord;
import org.openfid.keys.KeyedHashes;
import org.openfid.platform.AuditRecorder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MOSIP's packet receiver: an uploaded packet is read once, counting and hashing as it streams, and
 * refused as soon as it passes the size limit; it must match its sync record (SHA-256 hex of the
 * uploaded bytes, size). A match is sealed into the blob store and its enrolment case, first stage
 * history row and {@link EnrolmentReceived} event are written in one transaction. The same packet
 * uploaded again gets the same answer and changes nothing; another packet under the same RID is
 * refused.
 */
@Service
public class PacketReceiver {

    static final String STAGE = "PACKET_RECEIVER";
    private static final int CHUNK = 64 * 1024;

    private final SyncStore syncs;
    private final CaseStore cases;
    private final PacketVault vault;
    private final KeyedHashes hashes;
    private final AuditRecorder audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxSize;

    PacketReceiver(
            SyncStore syncs,
            CaseStore cases,
            PacketVault vault,
            KeyedHashes hashes,
            AuditRecorder audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            EnrolmentProperties properties) {
        this.syncs = syncs;
        this.cases = cases;
        this.vault = vault;
        this.hashes = hashes;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.maxSize = properties.maxPacketSize().toBytes();
    }

    /** What the receiver answered: the case, and whether this upload repeated an accepted one. */
    public record Receipt(EnrolmentCase enrolmentCase, boolean repeated) {}

    /**
     * Receives one uploaded packet.
     *
     * @param fileName the multipart file's original name, {@code <packetId>.zip}
     * @param content the uploaded bytes, read once
     * @throws EnrolmentException with MOSIP's {@code RPR-PKR-*} code when the packet is refused
     */
    public Receipt receive(@Nullable String fileName, @Nullable InputStream content) {
        if (content == null) {
            throw refused(null, IntakeCodes.PACKET_MISSING, "Packet Not Available in Request");
        }
        String packetId = PacketNames.packetId(fileName);
        if (packetId == null) {
            throw refused(null, IntakeCodes.INVALID_FORMAT, "Invalid Packet Format");
        }
        String rid = packetId.substring(0, 29);
        SyncRecord sync = syncs.byPacketId(packetId)
                .orElseThrow(() -> refused(rid, IntakeCodes.NOT_SYNCED, "Packet Not Found in Sync Table"));
        if (sync.packetSize() > maxSize) {
            throw refused(rid, IntakeCodes.INVALID_SIZE, "Invalid Packet Size");
        }
        byte[] packet = read(content, rid, sync.packetSize());
        String hash = HexFormat.of().formatHex(Hex.sha256().digest(packet));
        if (!hash.equals(sync.packetHash())) {
            throw refused(rid, IntakeCodes.HASH_MISMATCH, "Packet HashSequence did not match");
        }
        Receipt receipt;
        try {
            receipt = transactions.execute(status -> accept(sync, packet, hash));
        } catch (EnrolmentException e) {
            // refused inside the transaction: audited here, after the rollback
            audit.failure(SyncDesk.MODULE, "PACKET_RECEIVED", hashes.hash(SyncDesk.RID_HASH, rid), e.code());
            throw e;
        }
        audit.success(
                SyncDesk.MODULE,
                "PACKET_RECEIVED",
                hashes.hash(SyncDesk.RID_HASH, rid),
                receipt.repeated() ? "repeated upload" : "case created");
        return receipt;
    }

    private Receipt accept(SyncRecord sync, byte[] packet, String hash) {
        syncs.lock(sync.rid());
        Optional<String> received = cases.packetHash(sync.rid());
        if (received.isPresent()) {
            if (!received.get().equals(hash)) {
                throw new EnrolmentException(IntakeCodes.DUPLICATE, "Duplicate Request Received");
            }
            return new Receipt(cases.find(sync.rid()).orElseThrow(), true);
        }
        // the sync may have been replaced between the hash check and the lock
        SyncRecord current = syncs.byRid(sync.rid()).orElseThrow();
        if (!current.packetHash().equals(hash) || current.packetSize() != packet.length) {
            throw new EnrolmentException(IntakeCodes.HASH_MISMATCH, "Packet HashSequence did not match");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        cases.insert(id, sync.rid(), current.type(), vault.put(sync.rid(), packet, hash), now);
        cases.appendHistory(id, STAGE, StageRecord.Outcome.PASSED, IntakeCodes.RECEIVED, now);
        events.publishEvent(new EnrolmentReceived(id, sync.rid(), current.type()));
        return new Receipt(cases.find(sync.rid()).orElseThrow(), false);
    }

    /** Reads at most the synced size plus one byte, so memory is bounded by the size limit. */
    private byte[] read(InputStream content, String rid, long expected) {
        var buffer = new ByteArrayOutputStream((int) Math.min(expected, CHUNK));
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        try (content) {
            int n;
            while ((n = content.read(chunk)) > 0) {
                total += n;
                if (total > maxSize) {
                    throw refused(rid, IntakeCodes.INVALID_SIZE, "Invalid Packet Size");
                }
                if (total > expected) {
                    throw refused(rid, IntakeCodes.SIZE_MISMATCH, "Packet Size is Not Matching");
                }
                buffer.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw refused(rid, IntakeCodes.PACKET_MISSING, "Packet Not Available in Request");
        }
        if (total != expected) {
            throw refused(rid, IntakeCodes.SIZE_MISMATCH, "Packet Size is Not Matching");
        }
        return buffer.toByteArray();
    }

    private EnrolmentException refused(@Nullable String rid, String code, String message) {
        audit.failure(
                SyncDesk.MODULE, "PACKET_RECEIVED", rid == null ? null : hashes.hash(SyncDesk.RID_HASH, rid), code);
        return new EnrolmentException(code, message);
    }
}
