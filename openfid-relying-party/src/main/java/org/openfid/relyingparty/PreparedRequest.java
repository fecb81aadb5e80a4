package org.openfid.relyingparty;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request ready to send: path (relative to the base URL), exact body bytes, headers. The {@code
 * with...} methods return altered copies, so tests can tamper with any part after signing.
 *
 * @param path for example {@code idauthentication/v1/auth/LK/PID/KEY}
 * @param body the body as it will be sent (and as it was signed)
 * @param headers the headers, including {@code signature}
 * @param transactionId the transaction id stated in the body
 */
public record PreparedRequest(String path, byte[] body, Map<String, String> headers, String transactionId) {

    public PreparedRequest {
        headers = Map.copyOf(headers);
    }

    public PreparedRequest withBody(byte[] value) {
        return new PreparedRequest(path, value, headers, transactionId);
    }

    public PreparedRequest withBody(String value) {
        return withBody(value.getBytes(StandardCharsets.UTF_8));
    }

    public PreparedRequest withPath(String value) {
        return new PreparedRequest(value, body, headers, transactionId);
    }

    /** A copy with the header set, or removed when {@code value} is {@code null}. */
    public PreparedRequest withHeader(String name, @org.jspecify.annotations.Nullable String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new PreparedRequest(path, body, changed, transactionId);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
