package org.openfid.audit.seal;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openfid.audit.ChainSeal;

/**
 * What a seal signs: one line of JSON with a fixed field order,
 * {@code {"type":"openfid-audit-seal/v1","seq":12,"hash":"<64 hex>","sealedAt":"<ISO-8601 instant>"}}.
 * The type names the statement so a signature made for another purpose is never read as a seal.
 */
record SealPayload(long seq, String hash, Instant sealedAt) {

    static final String TYPE = "openfid-audit-seal/v1";
    private static final Pattern FORMAT = Pattern.compile("\\{\"type\":\"" + Pattern.quote(TYPE)
            + "\",\"seq\":([1-9][0-9]{0,18}),\"hash\":\"([0-9a-f]{64})\",\"sealedAt\":\"([0-9T:.Z-]{20,40})\"}");

    static SealPayload of(ChainSeal seal) {
        return new SealPayload(seal.seq(), seal.hash(), seal.sealedAt());
    }

    byte[] bytes() {
        // Every value is a number, hex or an ISO instant: nothing needs JSON escaping.
        String json = "{\"type\":\"" + TYPE + "\",\"seq\":" + seq + ",\"hash\":\"" + hash + "\",\"sealedAt\":\""
                + DateTimeFormatter.ISO_INSTANT.format(sealedAt) + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The payload in {@code bytes}, or empty when they are not a seal payload. */
    static Optional<SealPayload> parse(byte[] bytes) {
        Matcher matcher = FORMAT.matcher(new String(bytes, StandardCharsets.UTF_8));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SealPayload(
                    Long.parseLong(matcher.group(1)), matcher.group(2), Instant.parse(matcher.group(3))));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
