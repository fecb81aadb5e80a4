package org.openfid.identity.web;

import org.openfid.platform.EndpointAccess;
import org.openfid.platform.Roles;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The ID repository is for the enrolment pipeline (registration processor) and administrators. */
@Component
class IdentityEndpointAccess implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/idrepository/v1/identity/status").hasRole(Roles.ADMIN);
        rules.requestMatchers("/idrepository/v1/identity", "/idrepository/v1/identity/**")
                .hasAnyRole(Roles.REGISTRATION_PROCESSOR, Roles.ADMIN);
    }
}
