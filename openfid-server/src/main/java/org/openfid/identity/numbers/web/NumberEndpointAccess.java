package org.openfid.identity.numbers.web;

import org.openfid.platform.EndpointAccess;
import org.openfid.platform.Roles;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may take and check numbers: the enrolment pipeline (registration processor) and
 * administrators. Issued numbers are scarce and personal, so nothing here is public.
 */
@Component
class NumberEndpointAccess implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/v1/idgenerator/**", "/v1/ridgenerator/**", "/v1/idvalidator/**")
                .hasAnyRole(Roles.REGISTRATION_PROCESSOR, Roles.ADMIN);
    }
}
