package org.openfid.packet;

/** What is wrong with a packet; {@link PacketProblem} says where and gives details. */
public enum ProblemCode {
    /** The uploaded bytes exceed {@link PacketLimits#maxPacketBytes()}. */
    PACKET_TOO_LARGE,
    /** Bytes that are not {@code nonce || aad || envelope}, or cannot be decrypted. */
    DECRYPTION_FAILED,
    /** Not a zip, or a zip that cannot be read to its end. */
    ZIP_INVALID,
    /** An entry name that is absolute, climbs out ({@code ..}), has odd characters or repeats. */
    ZIP_UNSAFE_NAME,
    /** Too many entries, too large entries, or a compression ratio of a zip bomb. */
    ZIP_TOO_LARGE,
    /** The outer zip does not hold {@code REGISTRATION_CLIENT/<process>/<rid>_<sub>.zip|json} pairs. */
    LAYOUT_INVALID,
    /** {@code <rid>_<sub>.json} is missing fields or contradicts the packet (rid, name, process). */
    INFO_INVALID,
    /** SHA-256 of the encrypted sub-packet differs from {@code encryptedhash}. */
    ENCRYPTED_HASH_MISMATCH,
    /** The machine's signature over the plain sub-packet does not verify. */
    SIGNATURE_INVALID,
    /** A file the layout requires is absent. */
    FILE_MISSING,
    /** A file no hash sequence covers, or one that does not belong in this sub-packet. */
    FILE_UNEXPECTED,
    /** {@code packet_data_hash.txt} or {@code packet_operations_hash.txt} does not match the files. */
    HASH_MISMATCH,
    /** {@code packet_meta_info.json} is not in MOSIP's shape. */
    META_INFO_INVALID,
    /** {@code ID.json} is not in MOSIP's shape (or a value is too long). */
    ID_JSON_INVALID,
    /** A CBEFF file that does not parse or validate against the schema. */
    CBEFF_INVALID,
    /** {@code audit.json} is not a list of objects. */
    AUDIT_INVALID
}
