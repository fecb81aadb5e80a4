package org.openfid.platform;

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
}
