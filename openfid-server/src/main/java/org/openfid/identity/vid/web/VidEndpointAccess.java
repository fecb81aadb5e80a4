package org.openfid.identity.vid.web;

import org.openfid.platform.EndpointAccess;
import org.openfid.platform.Roles;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** VIDs are managed by the platform's own services (registration processor) and administrators. */
@Component
class VidEndpointAccess implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/idrepository/v1/vid", "/idrepository/v1/vid/**")
                .hasAnyRole(Roles.REGISTRATION_PROCESSOR, Roles.ADMIN);
    }
}
