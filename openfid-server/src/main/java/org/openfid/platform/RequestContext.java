package org.openfid.platform;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting and under which request id, read from the security context and the logging MDC
 * that the request filter fills. Outside a request the actor is {@code system}.
 */
@Component
public class RequestContext {

    /** MDC key holding the request correlation id. */
    public static final String REQUEST_ID = "requestId";

    /** MDC key holding the partner id of a partner call. */
    public static final String PARTNER = "partner";

    /** The current request id, or a fresh one for work outside a request. */
    public String requestId() {
        String id = MDC.get(REQUEST_ID);
        return id != null ? id : "sys-" + UUID.randomUUID();
    }

    /** The authenticated principal's name, or {@code system}. */
    public String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return "system";
        }
        return authentication.getName();
    }

    /** The partner of the current call, if any. */
    public @Nullable String partner() {
        return MDC.get(PARTNER);
    }
}
