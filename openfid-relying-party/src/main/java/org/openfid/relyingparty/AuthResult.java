package org.openfid.relyingparty;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an authentication.
 *
 * @param authenticated MOSIP's {@code authStatus}
 * @param token the partner-specific token for the person (on success)
 * @param errorCodes MOSIP's error codes (on failure)
 * @param response the verified answer
 */
public record AuthResult(
        boolean authenticated, @Nullable String token, List<String> errorCodes, IdaResponse response) {}
