package org.openfid.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs one Flyway per module: the scripts under {@code db/migration/<module>/} create and evolve the
 * schema named after the module, with that schema's own history table. Modules therefore own their
 * data and can be extracted later without untangling a shared history.
 */
public final class ModuleMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleMigrations.class);
    private static final Pattern MODULE_FOLDER = Pattern.compile("db/migration/([a-z][a-z0-9_]*)/[^/]+\\.sql$");

    private ModuleMigrations() {}

    /** The module names that ship migrations, found on the class path. */
    public static Set<String> discoverModules(ClassLoader classLoader) {
        var resolver = new PathMatchingResourcePatternResolver(classLoader);
        Set<String> modules = new TreeSet<>();
        try {
            for (Resource script : resolver.getResources("classpath*:db/migration/*/*.sql")) {
                Matcher matcher = MODULE_FOLDER.matcher(script.getURL().toString());
                if (matcher.find()) {
                    modules.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list migration scripts", e);
        }
        return modules;
    }

    /** Migrates every module's schema; fails fast on the first broken script. */
    public static void migrate(DataSource dataSource, List<String> modules, ClassLoader classLoader) {
        for (String module : modules) {
            var result = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .schemas(module)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + module)
                    .table("flyway_schema_history")
                    .load()
                    .migrate();
            LOG.info("Schema {} at version {}", module, result.targetSchemaVersion);
        }
    }
}
