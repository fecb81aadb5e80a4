package org.openfid.keys;

import java.util.List;
import java.util.Map;

/**
 * Key lifecycle: the current version of each purpose, rotation, history and the public JWKS.
 *
 * <p>A purpose's first key is created on first use when its application is one the platform knows
 * (MOSIP's "base keys" behave the same way); an unknown application is refused.
 */
public interface KeyRing {

    /**
     * The version that signs and encrypts now, created if the purpose has none yet.
     *
     * @throws KeysException {@link KeysError#UNKNOWN_APPLICATION} for an application the platform does
     *     not know, {@link KeysError#KEY_EXPIRED} if the newest version expired and rotation is manual
     */
    KeyInfo current(KeyRef ref);

    /** Creates a new version that becomes current; older versions keep verifying and decrypting. */
    KeyInfo rotate(KeyRef ref);

    /** All versions of a purpose, newest first (empty if it has none). */
    List<KeyInfo> versions(KeyRef ref);

    /** The vault's root key, which issues every purpose key's certificate. */
    KeyInfo root();

    /** RFC 7517 JWK set of every signing and encryption key that is not past its validity. */
    Map<String, Object> jwks();
}
