package org.openfid.audit;

/** What can be wrong at a link of the chain, with the reason the verification reports. */
public enum ChainDefect {
    /** The entry's fields do not produce its stored hash: the entry was changed after it was written. */
    HASH_MISMATCH("hash mismatch"),
    /** The entry's prev_hash is not the hash of the entry before it: an entry was changed or inserted. */
    PREV_HASH_MISMATCH("prev_hash does not match previous entry"),
    /** An entry is missing at this position: it was deleted. */
    SEQUENCE_GAP("gap in sequence"),
    /** An entry claims a position the chain has already passed. */
    SEQUENCE_OUT_OF_ORDER("sequence number out of order"),
    /** The seal's JWS does not verify with the platform's keys. */
    SEAL_SIGNATURE_INVALID("seal signature invalid"),
    /** The seal verifies, but with a key other than {@code AUDIT/CHAIN_SEAL}. */
    SEAL_WRONG_KEY("seal not signed with the audit chain-seal key"),
    /** The seal's stored columns differ from what its signature states. */
    SEAL_RECORD_ALTERED("seal record differs from its signed payload"),
    /** The entry at a sealed position has another hash than the one sealed: sealed history was rewritten. */
    SEALED_HASH_DIFFERS("sealed hash differs from entry"),
    /** A seal covers an entry that no longer exists: the chain was truncated. */
    SEALED_ENTRY_MISSING("sealed entry missing: the chain was truncated"),
    /** The recorded chain head is not the last entry: entries after it were removed. */
    HEAD_MISMATCH("chain head does not match the last entry");

    private final String reason;

    ChainDefect(String reason) {
        this.reason = reason;
    }

    /** The human-readable reason, as printed and returned by the verification. */
    public String reason() {
        return reason;
    }
}
