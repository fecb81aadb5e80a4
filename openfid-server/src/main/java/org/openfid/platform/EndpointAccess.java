package org.openfid.platform;

import java.util.List;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's access rules for its own endpoints. The platform's single security chain applies every
 * module's rules and then denies whatever no rule allowed: an endpoint nobody thought about is
 * closed, not open.
 */
@FunctionalInterface
public interface EndpointAccess {

    /** Adds this module's request matchers and the authorities they need. */
    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);

    /**
     * Paths whose callers prove who they are inside each request (a signature by a registered
     * certificate, keys in the path), never with HTTP credentials or a session. They are served by a
     * lean chain of their own, without Basic authentication, sessions, request caching or CSRF,
     * because those filters cost more than the request's own work at hundreds of requests per second
     * and protect nothing there. Every other path stays under the deny-by-default rules.
     */
    default List<String> signedRequestPaths() {
        return List.of();
    }
}
