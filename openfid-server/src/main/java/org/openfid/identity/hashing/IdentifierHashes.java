package org.openfid.identity.hashing;

import org.openfid.identity.Uin;
import org.openfid.identity.Vid;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.springframework.stereotype.Component;

/**
 * The keyed hashes identifiers are stored and looked up by. One vault HMAC key serves all kinds; the
 * kind is prefixed so a UIN and a VID or phone number with the same digits never share a hash.
 * Without the key nobody can test a guessed number against the database (MOSIP's SHA-256 with a salt
 * stored beside it allows exactly that).
 */
@Component
public class IdentifierHashes {

    /** The HMAC key of identifier lookups. */
    public static final KeyRef LOOKUP_KEY = KeyRef.of("ID_REPO", "LOOKUP");

    private final KeyedHashes hashes;

    IdentifierHashes(KeyedHashes hashes) {
        this.hashes = hashes;
    }

    public String uin(Uin uin) {
        return hashes.hash(LOOKUP_KEY, "uin:" + uin.value());
    }

    public String vid(Vid vid) {
        return hashes.hash(LOOKUP_KEY, "vid:" + vid.value());
    }

    /** A handle such as a phone number, with its kind (the schema field id, for example {@code phone}). */
    public String handle(String field, String value) {
        return hashes.hash(LOOKUP_KEY, "handle:" + field + ":" + value);
    }
}
