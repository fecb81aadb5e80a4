package org.openfid.authentication.web;

import java.util.List;
import org.openfid.platform.EndpointAccess;
import org.openfid.platform.Roles;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The partner endpoints authenticate their callers themselves (licence key, partner id and API key in
 * the path, a signature by the partner's registered certificate), as MOSIP's do; the history is for
 * administrators and the platform's own services.
 */
@Component
class IdaEndpointAccess implements EndpointAccess {

    private static final List<String> PARTNER_PATHS =
            List.of("/idauthentication/v1/auth/**", "/idauthentication/v1/kyc/**", "/idauthentication/v1/otp/**");

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/idauthentication/v1/internal/**").hasAnyRole(Roles.ADMIN, Roles.REGISTRATION_PROCESSOR);
    }

    @Override
    public List<String> signedRequestPaths() {
        return PARTNER_PATHS;
    }
}
