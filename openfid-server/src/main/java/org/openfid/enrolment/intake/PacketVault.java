package org.openfid.enrolment.intake;

import java.util.UUID;
import org.openfid.enrolment.EnrolmentException;
import org.openfid.enrolment.EnrolmentProperties;
import org.openfid.keys.DataSeals;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeysException;
import org.openfid.spi.blobs.BlobStore;
import org.openfid.spi.blobs.BlobStoreException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Received packets in the blob store, sealed before they leave the process (the packet is already
 * encrypted to the registration key, but its outer layer can be opened by anyone holding that key;
 * sealing at rest keeps a copied blob store useless on its own). Keys are random, so a blob name says
 * nothing about the RID; a blob written by a transaction that rolls back is deleted again.
 */
@Component
class PacketVault {

    static final KeyRef PACKET_DATA = KeyRef.of("REGISTRATION_PROCESSOR", "PACKET_STORE");

    private final BlobStore blobs;
    private final DataSeals seals;
    private final boolean sealing;

    PacketVault(BlobStore blobs, DataSeals seals, EnrolmentProperties properties) {
        this.blobs = blobs;
        this.seals = seals;
        this.sealing = properties.sealPackets();
    }

    CaseStore.StoredPacket put(String rid, byte[] packet, String packetHash) {
        String key = "enrolment/" + UUID.randomUUID();
        byte[] stored;
        try {
            stored = sealing ? seals.seal(PACKET_DATA, packet, aad(key, rid)) : packet;
        } catch (KeysException e) {
            throw new EnrolmentException(IntakeCodes.STORE_FAILED, "The packet could not be sealed", e);
        }
        try {
            blobs.put(key, stored);
        } catch (BlobStoreException e) {
            throw new EnrolmentException(IntakeCodes.STORE_FAILED, "The packet could not be stored", e);
        }
        deleteOnRollback(key);
        return new CaseStore.StoredPacket(key, packetHash, packet.length, Hex.sha256(stored), sealing);
    }

    /**
     * The packet as uploaded, after checking that the stored bytes are the ones written (a blob
     * swapped or damaged on disk is refused, not decrypted).
     */
    byte[] get(CaseStore.StoredPacket packet, String rid) {
        byte[] stored = blobs.get(packet.key())
                .orElseThrow(() -> new IllegalStateException("The stored packet is missing from the blob store"));
        if (!Hex.sha256(stored).equals(packet.storedHash())) {
            throw new IllegalStateException("The stored packet differs from what was written");
        }
        return packet.sealed() ? seals.open(PACKET_DATA, stored, aad(packet.key(), rid)) : stored;
    }

    private static byte[] aad(String key, String rid) {
        return ("packet:" + key + ":" + rid).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void deleteOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        blobs.delete(key);
                    }
                }
            });
        }
    }
}
