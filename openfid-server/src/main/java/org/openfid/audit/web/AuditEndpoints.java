package org.openfid.audit.web;

import org.openfid.platform.EndpointAccess;
import org.openfid.platform.Roles;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Only auditors and administrators may read, verify or seal the trail. */
@Component
class AuditEndpoints implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/admin/audit/**").hasAnyRole(Roles.AUDITOR, Roles.ADMIN);
    }
}
