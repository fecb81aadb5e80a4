package org.openfid.masterdata.web;

import org.openfid.platform.EndpointAccess;
import org.openfid.platform.Roles;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the identity schema endpoints: administrators only. Other modules read the schema
 * through {@link org.openfid.masterdata.IdentitySchemas}, not over HTTP.
 */
@Component
class SchemaEndpointAccess implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/v1/masterdata/idschema", "/v1/masterdata/idschema/**")
                .hasRole(Roles.ADMIN);
    }
}
