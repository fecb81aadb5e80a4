package org.openfid.keys.catalogue;

import java.util.Set;
import org.openfid.keys.JwsAlgorithm;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.keys.KeysProperties;
import org.openfid.spi.keys.KeyPairKind;
import org.springframework.stereotype.Component;

/**
 * Which purposes may have keys and of which kind. Like MOSIP's keymanager, the reference id selects
 * elliptic keys ({@code EC_SECP256R1_SIGN}, {@code ED25519_SIGN}); every other purpose gets RSA-2048,
 * which both signs and unwraps session keys. The vault's root is RSA-3072.
 */
@Component
public class KeyPolicy {

    /** Application id of the vault's root key. */
    public static final String ROOT = "ROOT";

    private final Set<String> applications;

    KeyPolicy(KeysProperties properties) {
        this.applications = Set.copyOf(properties.applications());
    }

    /** Throws {@link KeysError#UNKNOWN_APPLICATION} unless keys may be created for {@code ref}. */
    public void requireKnown(KeyRef ref) {
        if (!applications.contains(ref.application())) {
            throw new KeysException(
                    KeysError.UNKNOWN_APPLICATION, "ApplicationId " + ref.application() + " is not in the key policy");
        }
    }

    /** The key kind of a purpose. */
    public KeyPairKind kind(KeyRef ref) {
        if (ref.application().equals(ROOT)) {
            return KeyPairKind.RSA_3072;
        }
        return switch (ref.reference()) {
            case "EC_SECP256R1_SIGN" -> KeyPairKind.EC_P256;
            case "ED25519_SIGN" -> KeyPairKind.ED25519;
            default -> KeyPairKind.RSA_2048;
        };
    }

    /** The algorithm used when a caller does not choose one. */
    public static JwsAlgorithm defaultAlgorithm(KeyPairKind kind) {
        return switch (kind) {
            case RSA_2048, RSA_3072 -> JwsAlgorithm.RS256;
            case EC_P256 -> JwsAlgorithm.ES256;
            case ED25519 -> JwsAlgorithm.EdDSA;
        };
    }

    /** Whether a key of {@code kind} can sign with {@code algorithm}. */
    public static boolean canSign(KeyPairKind kind, JwsAlgorithm algorithm) {
        return switch (algorithm) {
            case RS256, PS256 -> kind == KeyPairKind.RSA_2048 || kind == KeyPairKind.RSA_3072;
            case ES256 -> kind == KeyPairKind.EC_P256;
            case EdDSA -> kind == KeyPairKind.ED25519;
        };
    }
}
