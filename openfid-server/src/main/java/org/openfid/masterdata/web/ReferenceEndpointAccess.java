package org.openfid.masterdata.web;

import org.openfid.platform.EndpointAccess;
import org.openfid.platform.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the reference-data endpoints: administrators do everything; any signed-in account may
 * read what every page and client needs to render a form (languages, locations, dynamic field lists,
 * templates). The identity schema's paths have their own rules.
 */
@Component
class ReferenceEndpointAccess implements EndpointAccess {

    private static final String BASE = ReferenceResources.BASE;

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        HttpMethod.GET,
                        BASE + "languages/**",
                        BASE + "locations/**",
                        BASE + "dynamicfields/**",
                        BASE + "templates/**")
                .authenticated();
        rules.requestMatchers(
                        BASE + "languages/**",
                        BASE + "locations/**",
                        BASE + "registrationcenters/**",
                        BASE + "machines/**",
                        BASE + "devices/**",
                        BASE + "users/**",
                        BASE + "documentcategories/**",
                        BASE + "documenttypes/**",
                        BASE + "templates/**",
                        BASE + "dynamicfields/**")
                .hasRole(Roles.ADMIN);
    }
}
