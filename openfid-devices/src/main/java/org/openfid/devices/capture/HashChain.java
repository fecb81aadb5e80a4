package org.openfid.devices.capture;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SBI hash chain that ties every biometric of a transaction together: the chain starts from the
 * request's {@code previousHash} (SHA-256 of the empty string when absent) and each biometric's
 * {@code hash} is {@code SHA-256(previous || SHA-256(plain ISO record))}, sent as upper-case hex; the
 * next biometric chains from it. The server recomputes the chain and rejects a capture whose record
 * was swapped, dropped or reordered.
 */
public final class HashChain {

    private byte[] previous;

    private HashChain(byte[] start) {
        this.previous = start;
    }

    /**
     * A chain continuing from a request's {@code previousHash}; empty when that is not hex of a
     * SHA-256 digest.
     */
    public static Optional<HashChain> from(String previousHash) {
        if (previousHash.isBlank()) {
            return Optional.of(new HashChain(sha256(new byte[0])));
        }
        try {
            var bytes = HexFormat.of().parseHex(previousHash.trim());
            return bytes.length == 32 ? Optional.of(new HashChain(bytes)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Appends one plain record and returns its hash (upper-case hex). */
    public String append(byte[] plainRecord) {
        var current = sha256(plainRecord);
        var joined = new byte[previous.length + current.length];
        System.arraycopy(previous, 0, joined, 0, previous.length);
        System.arraycopy(current, 0, joined, previous.length, current.length);
        previous = sha256(joined);
        return HexFormat.of().withUpperCase().formatHex(previous);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
