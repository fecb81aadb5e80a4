package org.openfid.enrolment.web;

import org.openfid.platform.EndpointAccess;
import org.openfid.platform.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Registration machines (their upload accounts) sync and upload packets and ask for status; the
 * pipeline and administrators may ask for status too, and read a case's stage history with its costs.
 * Only adjudicators see and decide suspected duplicates, through the API or the staff pages (not
 * administrators: deciding who is a duplicate is a separate duty). Pipeline operators (and
 * administrators) list the cases that stand still and send a parked case back to its stage.
 */
@Component
class EnrolmentEndpointAccess implements EndpointAccess {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        "/registrationprocessor/v1/registrationstatus/sync",
                        "/registrationprocessor/v1/packetreceiver/registrationpackets")
                .hasRole(Roles.REGISTRATION_CLIENT);
        rules.requestMatchers("/registrationprocessor/v1/registrationstatus/search")
                .hasAnyRole(Roles.REGISTRATION_CLIENT, Roles.REGISTRATION_PROCESSOR, Roles.ADMIN);
        rules.requestMatchers(
                        "/v1/enrolment/adjudications",
                        "/v1/enrolment/adjudications/**",
                        "/console/adjudications",
                        "/console/adjudications/**")
                .hasRole(Roles.ADJUDICATOR);
        rules.requestMatchers(HttpMethod.GET, "/v1/enrolment/cases/*/history")
                .hasAnyRole(Roles.REGISTRATION_PROCESSOR, Roles.ENROLMENT_OPERATOR, Roles.ADMIN);
        rules.requestMatchers(HttpMethod.GET, "/v1/enrolment/cases").hasAnyRole(Roles.ENROLMENT_OPERATOR, Roles.ADMIN);
        rules.requestMatchers(HttpMethod.POST, "/v1/enrolment/cases/*/reprocess")
                .hasAnyRole(Roles.ENROLMENT_OPERATOR, Roles.ADMIN);
    }
}
