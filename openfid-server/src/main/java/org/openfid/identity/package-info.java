/**
 * The system of record: who exists, under which unique identity number (UIN), with which data.
 * Identity records (created, read, updated, versioned, drafted and published), their protection at
 * rest (envelope-encrypted documents, keyed-hash lookups, encrypted blobs), the UIN status lifecycle,
 * auth-type locks, virtual ids (VIDs) and their policies, and the generators and validators of UINs,
 * VIDs and registration ids (RIDs).
 *
 * <p>Other modules call the interfaces in this package; events carry ids, never identity data.
 *
 * <p>Dependencies:
 *
 * <ul>
 *   <li>{@code platform}: database, error type, audit facts, endpoint access, blob store wiring.
 *   <li>{@code keys}: every record is sealed with a key-encryption key from the vault, and every
 *       lookup (UIN, VID, handle) goes through a keyed hash.
 *   <li>{@code masterdata}: identities are validated against the country's identity schema, and RIDs
 *       are issued only for active centres and machines.
 * </ul>
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"platform", "keys", "masterdata"})
@NullMarked
package org.openfid.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
