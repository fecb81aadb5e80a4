package org.openfid.relyingparty;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An answer as received: HTTP status, exact body, parsed JSON, and whether its {@code
 * response-signature} verified with the platform's signing certificate.
 *
 * @param status HTTP status
 * @param body the body bytes
 * @param json the parsed body ({@code null} if it was not JSON)
 * @param signature the {@code response-signature} header, if any
 * @param signatureValid whether that signature verified over the body
 */
public record IdaResponse(
        int status,
        byte[] body,
        @Nullable JsonNode json,
        @Nullable String signature,
        boolean signatureValid) {

    /** MOSIP's error codes in the answer, in order. */
    public List<String> errorCodes() {
        List<String> codes = new ArrayList<>();
        if (json != null) {
            json.path("errors")
                    .forEach(error -> codes.add(error.path("errorCode").asString("")));
        }
        return codes;
    }

    /** The {@code response} object (missing node when absent). */
    public JsonNode response() {
        return json == null ? tools.jackson.databind.node.MissingNode.getInstance() : json.path("response");
    }
}
