package org.openfid.biometrics.web;

import org.openfid.platform.EndpointAccess;
import org.openfid.platform.Roles;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The ABIS and the BioSDK service are for the enrolment pipeline (MOSIP's registration processor,
 * which calls them in its de-duplication and quality stages) and administrators; no separate
 * ABIS-client role is needed, since nothing else calls them.
 */
@Component
class BiometricsEndpointAccess implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/v1/abis/**", "/v1/biosdk/**").hasAnyRole(Roles.REGISTRATION_PROCESSOR, Roles.ADMIN);
    }
}
