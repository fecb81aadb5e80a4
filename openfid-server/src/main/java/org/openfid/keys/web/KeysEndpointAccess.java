package org.openfid.keys.web;

import org.openfid.platform.EndpointAccess;
import org.openfid.platform.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the keys endpoints: the JWKS is public; key lifecycle and the trust store are for
 * administrators; crypto operations for crypto clients (partner systems) and administrators.
 */
@Component
class KeysEndpointAccess implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/.well-known/jwks.json").permitAll();
        rules.requestMatchers(
                        "/v1/keymanager/generateMasterKey/**",
                        "/v1/keymanager/uploadCACertificate",
                        "/v1/keymanager/uploadPartnerCertificate")
                .hasRole(Roles.ADMIN);
        rules.requestMatchers("/v1/keymanager/**").hasAnyRole(Roles.CRYPTO_CLIENT, Roles.ADMIN);
    }
}
