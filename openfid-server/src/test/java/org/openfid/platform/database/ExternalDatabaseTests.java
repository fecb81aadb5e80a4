package org.openfid.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfid.platform.TestPlatform;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The platform against a PostgreSQL it did not start, as with {@code OPENFID_DB_URL}. */
class ExternalDatabaseTests {

    @TempDir
    Path dataDir;

    @TempDir
    Path externalDir;

    @Test
    void usesTheConfiguredServerAndMigratesEveryModuleThere() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(externalDir)
                .setRegisterShutdownHook(false)
                .start()) {
            SpringApplication application = TestPlatform.application(
                    dataDir,
                    Map.of(
                            "openfid.db.url", external.getJdbcUrl("postgres", "postgres"),
                            "openfid.db.user", "postgres",
                            "openfid.db.password", ""));
            application.setWebApplicationType(WebApplicationType.NONE);
            Set<String> modules = ModuleMigrations.discoverModules(getClass().getClassLoader());

            try (var context = application.run()) {
                assertThat(context.getBean(DatabaseServer.class).embedded()).isFalse();
                assertThat(dataDir.resolve("postgres")).doesNotExist();
            }

            // the probe module of the test class path makes sure there is at least one to look for
            assertThat(modules).contains("kerneltest");
            var database = JdbcClient.create(external.getPostgresDatabase());
            List<String> schemas = new ArrayList<>(database.sql("select schema_name from information_schema.schemata")
                    .query(String.class)
                    .list());
            assertThat(schemas).containsAll(modules);
            for (String module : modules) {
                Integer applied = database.sql(
                                "select count(*) from " + module + ".flyway_schema_history where success")
                        .query(Integer.class)
                        .single();
                assertThat(applied)
                        .as("migrations applied to schema %s", module)
                        .isPositive();
            }
            assertThat(database.sql("select note from kerneltest.migration_probe")
                            .query(String.class)
                            .single())
                    .isEqualTo("migrated by the platform");
        }
    }
}
