package org.openfid.platform.security;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openfid.platform.PlatformProperties;
import org.openfid.platform.Roles;
import org.openfid.platform.SecretFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The bootstrap administrator. Its password comes from {@code openfid.admin.password}
 * ({@code OPENFID_ADMIN_PASSWORD}); when none is set, a random one is generated once into
 * {@code <data-dir>/admin-password} (owner-only permissions) and reused on later starts. Other
 * systems get service accounts from configuration, never with the administrator role. Staff and
 * partner accounts arrive with their own modules.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class Accounts {

    static final String PASSWORD_FILE = "admin-password";
    static final java.util.Set<String> SERVICE_ROLES = java.util.Set.of(
            Roles.CRYPTO_CLIENT,
            Roles.AUDITOR,
            Roles.REGISTRATION_PROCESSOR,
            Roles.REGISTRATION_CLIENT,
            Roles.ADJUDICATOR,
            Roles.ENROLMENT_OPERATOR,
            Roles.PARTNER_ADMIN,
            Roles.PARTNER);
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    @Bean
    UserDetailsService staffAccounts(PlatformProperties properties, PasswordEncoder encoder) {
        String password = adminPassword(properties);
        var admin = User.withUsername(properties.admin().username())
                .password(encoder.encode(password))
                .roles(Roles.ADMIN, Roles.AUDITOR, Roles.CRYPTO_CLIENT)
                .build();
        var accounts = new InMemoryUserDetailsManager(admin);
        for (PlatformProperties.ServiceAccount service : properties.serviceAccounts()) {
            requireValid(service);
            accounts.createUser(User.withUsername(service.name())
                    .password(encoder.encode(service.password()))
                    .roles(service.roles().toArray(String[]::new))
                    .build());
        }
        return accounts;
    }

    /** Refuses a service account that would be unsafe or ambiguous, naming the account and the rule. */
    static void requireValid(PlatformProperties.ServiceAccount service) {
        String name = service.name();
        if (name == null || !name.matches("[a-zA-Z0-9._-]{3,64}")) {
            throw new IllegalStateException(
                    "Service account names must be 3-64 of a-z, A-Z, 0-9, . _ - (got '" + name + "')");
        }
        if (service.password() == null || service.password().length() < 12) {
            throw new IllegalStateException("Service account " + name + " needs a password of at least 12 characters");
        }
        if (service.roles() == null || service.roles().isEmpty() || !SERVICE_ROLES.containsAll(service.roles())) {
            throw new IllegalStateException("Service account " + name + " roles must be among " + SERVICE_ROLES);
        }
    }

    static String adminPassword(PlatformProperties properties) {
        String configured = properties.admin().password();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = properties.dataDir().resolve(PASSWORD_FILE);
        if (!Files.exists(file)) {
            LOG.info("Generating the administrator password into {}", file.toAbsolutePath());
        }
        return SecretFile.readOrGenerate(file, 18);
    }
}
