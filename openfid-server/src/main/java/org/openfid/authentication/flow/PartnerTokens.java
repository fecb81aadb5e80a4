package org.openfid.authentication.flow;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.openfid.partner.AuthorisedPartner;
import org.springframework.stereotype.Component;

/**
 * The token a partner receives for a person instead of the UIN (MOSIP's PSUT). Under the policy's
 * {@code authTokenType}: {@code partner} gives a token stable for the person and this partner and
 * different for every other partner, so partners cannot join their records on it; {@code policy}
 * additionally differs per policy; {@code random} differs on every transaction. Stable tokens are a
 * keyed hash whose key stays in the vault, so nobody can recompute them from a UIN.
 */
@Component
public class PartnerTokens {

    static final KeyRef TOKEN_KEY = KeyRef.of("IDA", "PARTNER_TOKEN");
    private static final int DIGITS = 36;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyedHashes hashes;

    PartnerTokens(KeyedHashes hashes) {
        this.hashes = hashes;
    }

    /** The token for {@code individual} as {@code partner} may see it. */
    public String tokenFor(Individual individual, AuthorisedPartner partner) {
        String identity = individual.identity().value().toString();
        return switch (partner.policy().authTokenType()) {
            case "random" -> digits(randomHex());
            case "policy" ->
                digits(hashes.hash(TOKEN_KEY, identity + '|' + partner.partner().id() + '|' + partner.policyId()));
            default ->
                digits(hashes.hash(TOKEN_KEY, identity + '|' + partner.partner().id()));
        };
    }

    /** The platform's own token for a person (internal authentication). */
    public String internalToken(Individual individual) {
        return digits(hashes.hash(TOKEN_KEY, individual.identity().value().toString() + "|internal"));
    }

    private static String digits(String hex) {
        String decimal = new BigInteger(1, HexFormat.of().parseHex(hex)).toString();
        String padded = decimal.length() < DIGITS ? "0".repeat(DIGITS - decimal.length()) + decimal : decimal;
        return padded.substring(0, DIGITS);
    }

    private static String randomHex() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
