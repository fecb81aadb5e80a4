package org.openfid.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.openfid.platform.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the one {@link DataSource} of the process, already migrated: every module's schema is up
 * to date before any bean can touch it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(PlatformProperties properties) {
        return DatabaseServer.start(properties);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server, PlatformProperties properties) {
        var config = new HikariConfig();
        config.setPoolName("openfid");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(properties.db().poolSize());
        config.setMinimumIdle(2);
        var dataSource = new HikariDataSource(config);
        ClassLoader classLoader = DatabaseConfiguration.class.getClassLoader();
        var modules = new ArrayList<>(ModuleMigrations.discoverModules(classLoader));
        ModuleMigrations.migrate(dataSource, modules, classLoader);
        return dataSource;
    }
}
