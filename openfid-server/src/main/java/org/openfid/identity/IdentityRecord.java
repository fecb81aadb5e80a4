package org.openfid.identity;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * An identity as read: the identity JSON (which includes the {@code UIN}) and, depending on the
 * {@link ReadScope}, its documents and biometric records. {@link #toString()} shows no data.
 *
 * @param id internal id
 * @param uin its UIN
 * @param status its UIN status
 * @param version the version read (the latest)
 * @param rid the registration id of that version
 * @param identity the identity JSON
 * @param documents the documents and biometric records the scope asked for
 * @param createdAt when the record was created
 * @param updatedAt when its latest version was written
 */
public record IdentityRecord(
        IdentityId id,
        Uin uin,
        UinStatus status,
        int version,
        Rid rid,
        ObjectNode identity,
        List<IdentityDocument> documents,
        Instant createdAt,
        Instant updatedAt) {

    public IdentityRecord {
        documents = List.copyOf(documents);
    }

    @Override
    public String toString() {
        return "IdentityRecord[" + id + ", v" + version + ", " + status + "]";
    }
}
