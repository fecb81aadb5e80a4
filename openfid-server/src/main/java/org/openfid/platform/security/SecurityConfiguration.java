package org.openfid.platform.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.openfid.platform.EndpointAccess;
import org.openfid.platform.Roles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Two security chains. The APIs: one stateless chain for the whole platform, with public discovery
 * documents and probes, each module's own rules ({@link EndpointAccess}), and everything else denied;
 * APIs authenticate with HTTP Basic for now (no cookies, so no CSRF exposure); partner signatures and
 * OIDC tokens join in their own modules. The staff pages under {@code /console/**}: form login, a
 * server-side session (strict same-site cookie) and CSRF tokens on every form, because a browser
 * sends its credentials with any cross-site request; the same module rules decide who sees what.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /**
     * The modules' signed-request paths (MOSIP's partner authentication endpoints): first, and lean.
     * The callers authenticate by signature in the module itself; here they get the firewall and the
     * security headers, and nothing that would look for a session or a password.
     */
    @Bean
    @Order(0)
    SecurityFilterChain signedRequests(HttpSecurity http, List<EndpointAccess> moduleRules) throws Exception {
        String[] paths = moduleRules.stream()
                .flatMap(module -> module.signedRequestPaths().stream())
                .toArray(String[]::new);
        if (paths.length == 0) {
            http.securityMatcher(request -> false); // an empty pattern list would match every request
        } else {
            http.securityMatcher(paths);
        }
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .logout(logout -> logout.disable())
                .servletApi(api -> api.disable())
                .exceptionHandling(errors -> errors.disable())
                .headers(Customizer.withDefaults());
        return http.build();
    }

    /**
     * No spans or timers around each security filter: at hundreds of authentications per second they
     * cost more than they tell. HTTP request metrics stay.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The strict firewall with the same header rule as Spring's default (assigned characters, no
     * control characters), checked by a loop instead of a regular expression: the partner's
     * {@code signature} header carries a certificate, kilobytes checked on every request.
     */
    @Bean
    HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(SecurityConfiguration::printable);
        return firewall;
    }

    static boolean printable(String value) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (!Character.isDefined(codePoint) || Character.isISOControl(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /**
     * Paths of the server-rendered staff pages, their login and logout, and the login page's
     * stylesheet (served by Spring Security; under the API chain it would get a Basic challenge,
     * which stalls a browser's page load).
     */
    static final String[] PAGES = {"/console/**", "/login", "/logout", "/default-ui.css"};

    /**
     * The staff pages: ordered before the API chain, which takes every other request. No scripts,
     * forms only to this origin, never framed.
     */
    @Bean
    @Order(1)
    SecurityFilterChain staffPages(HttpSecurity http, List<EndpointAccess> moduleRules) throws Exception {
        http.securityMatcher(PAGES)
                .formLogin(form -> form.permitAll())
                .logout(logout -> logout.permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .authorizeHttpRequests(rules -> {
                    moduleRules.forEach(module -> module.configure(rules));
                    rules.anyRequest().denyAll();
                })
                .headers(headers -> headers.contentSecurityPolicy(csp ->
                        csp.policyDirectives("default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; "
                                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")));
        return http.build();
    }

    /** Only with a web server: command-line runs ({@code cli ...}) have no HTTP security to build. */
    @Bean
    @Order(2)
    SecurityFilterChain platformSecurity(HttpSecurity http, List<EndpointAccess> moduleRules, ProblemWriter problems)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers(
                                    "/",
                                    "/error",
                                    "/actuator/health",
                                    "/actuator/health/**",
                                    "/v3/api-docs",
                                    "/v3/api-docs/**",
                                    "/v3/api-docs.yaml",
                                    "/swagger-ui.html",
                                    "/swagger-ui/**")
                            .permitAll();
                    rules.requestMatchers("/actuator/**").hasRole(Roles.ADMIN);
                    moduleRules.forEach(module -> module.configure(rules));
                    rules.anyRequest().denyAll();
                })
                .headers(Customizer.withDefaults());
        return http.build();
    }

    /**
     * Argon2 for every new hash (the delegating form keeps the algorithm id in the hash so it can
     * change), with recent successful verifications remembered: API clients send HTTP Basic on every
     * request (ADR 0020).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                "argon2",
                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt",
                new BCryptPasswordEncoder());
        return new VerifiedCredentials(new DelegatingPasswordEncoder("argon2", encoders), Clock.systemUTC());
    }
}
