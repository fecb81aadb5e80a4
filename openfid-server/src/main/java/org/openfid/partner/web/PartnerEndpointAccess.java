package org.openfid.partner.web;

import org.openfid.platform.EndpointAccess;
import org.openfid.platform.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Partner administrators manage everything; a partner's own account reaches the partner endpoints
 * (the controller then limits it to its own partner) and may read policies.
 */
@Component
class PartnerEndpointAccess implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/v1/policies", "/v1/policies/**")
                .hasAnyRole(Roles.ADMIN, Roles.PARTNER_ADMIN, Roles.PARTNER);
        rules.requestMatchers("/v1/policies", "/v1/policies/**").hasAnyRole(Roles.ADMIN, Roles.PARTNER_ADMIN);
        rules.requestMatchers("/v1/partners", "/v1/partners/**")
                .hasAnyRole(Roles.ADMIN, Roles.PARTNER_ADMIN, Roles.PARTNER);
    }
}
