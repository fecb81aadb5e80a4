package org.openfid.audit.chain;

/**
 * A position in the chain and the hash there.
 *
 * @param seq the entry's position, 0 before the first entry
 * @param hash the entry's hash, or the genesis hash at position 0
 */
public record ChainPosition(long seq, String hash) {}
