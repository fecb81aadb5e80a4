package org.openfid.keys.sealing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;

/**
 * The byte layout of a sealed value, version 1: {@code "OFS" || 0x01 || aliasLength(1) || kekAlias
 * (ASCII) || wrappedKeyLength(2, big-endian) || wrappedKey || iv(12) || ciphertext || tag(16)}. The
 * alias names the key-encryption key, so a future rotation can add keys without re-sealing; the
 * version byte lets a later layout coexist with this one.
 *
 * @param alias vault alias of the key-encryption key
 * @param wrappedKey the data key as the vault encrypted it
 * @param header every byte before the IV (authenticated as part of the AAD)
 * @param iv the data's GCM IV
 * @param ciphertext ciphertext followed by the 16-byte tag
 */
record SealLayout(String alias, byte[] wrappedKey, byte[] header, byte[] iv, byte[] ciphertext) {

    static final byte[] MAGIC = {'O', 'F', 'S'};
    static final byte VERSION = 1;
    static final int IV_BYTES = 12;
    static final int TAG_BYTES = 16;

    /** The header of a new sealed value. */
    static byte[] header(String alias, byte[] wrappedKey) {
        byte[] name = alias.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(MAGIC.length + 2 + name.length + 2 + wrappedKey.length)
                .put(MAGIC)
                .put(VERSION)
                .put((byte) name.length)
                .put(name)
                .putShort((short) wrappedKey.length)
                .put(wrappedKey)
                .array();
    }

    /** Header, IV and ciphertext joined. */
    static byte[] join(byte[] header, byte[] iv, byte[] ciphertext) {
        return ByteBuffer.allocate(header.length + iv.length + ciphertext.length)
                .put(header)
                .put(iv)
                .put(ciphertext)
                .array();
    }

    /** Parses a sealed value; anything malformed is {@link KeysError#INVALID_DATA}. */
    static SealLayout parse(byte[] sealed) {
        try {
            ByteBuffer in = ByteBuffer.wrap(sealed);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw invalid("not a sealed value");
            }
            if (in.get() != VERSION) {
                throw invalid("unknown sealed-value version");
            }
            byte[] name = new byte[Byte.toUnsignedInt(in.get())];
            in.get(name);
            byte[] wrapped = new byte[Short.toUnsignedInt(in.getShort())];
            in.get(wrapped);
            int headerLength = in.position();
            byte[] iv = new byte[IV_BYTES];
            in.get(iv);
            if (in.remaining() < TAG_BYTES) {
                throw invalid("sealed value is truncated");
            }
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            return new SealLayout(
                    new String(name, StandardCharsets.US_ASCII),
                    wrapped,
                    Arrays.copyOf(sealed, headerLength),
                    iv,
                    ciphertext);
        } catch (java.nio.BufferUnderflowException e) {
            throw invalid("sealed value is truncated");
        }
    }

    private static KeysException invalid(String why) {
        return new KeysException(KeysError.INVALID_DATA, "Malformed sealed value: " + why);
    }
}
