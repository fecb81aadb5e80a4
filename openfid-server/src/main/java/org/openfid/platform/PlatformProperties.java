package org.openfid.platform;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform kernel. Each maps to an environment variable by Spring's relaxed
 * binding, for example {@code openfid.db.url} to {@code OPENFID_DB_URL}.
 *
 * @param dataDir where the embedded database, the key vault and generated secrets live
 * @param db the database; leave {@code url} empty to run the embedded PostgreSQL
 * @param admin the bootstrap administrator account
 * @param serviceAccounts accounts of other systems (for example a relying party's crypto client),
 *     each with non-administrative roles
 */
@ConfigurationProperties("openfid")
public record PlatformProperties(
        @DefaultValue("openfid-data") Path dataDir,
        @DefaultValue Db db,
        @DefaultValue Admin admin,
        @DefaultValue List<ServiceAccount> serviceAccounts) {

    /**
     * @param url JDBC URL of an external PostgreSQL; empty means embedded
     * @param user user name for the external database
     * @param password password for the external database
     * @param embeddedPort fixed port for the embedded server; 0 picks a free one
     * @param poolSize maximum JDBC connections
     */
    public record Db(
            @Nullable String url,
            @Nullable String user,
            @Nullable String password,
            @DefaultValue("0") int embeddedPort,
            @DefaultValue("10") int poolSize) {

        /** Whether an external database was configured. */
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * @param username name of the bootstrap administrator
     * @param password its password; when empty one is generated into the data folder
     */
    public record Admin(
            @DefaultValue("admin") String username,
            @Nullable String password) {}

    /**
     * A system that calls the platform's APIs ({@code openfid.service-accounts[0].name=...} or
     * {@code OPENFID_SERVICE_ACCOUNTS_0_NAME=...}). Its password is hashed with Argon2 at start and
     * the plain value is not kept.
     *
     * @param name account name, 3-64 of {@code a-z A-Z 0-9 . _ -}
     * @param password at least 12 characters
     * @param roles any of {@code CRYPTO_CLIENT}, {@code AUDITOR}, {@code REGISTRATION_PROCESSOR},
     *     {@code REGISTRATION_CLIENT}, {@code ADJUDICATOR} and {@code ENROLMENT_OPERATOR}
     */
    public record ServiceAccount(String name, String password, List<String> roles) {}
}
