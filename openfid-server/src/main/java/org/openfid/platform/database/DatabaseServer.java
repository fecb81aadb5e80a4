package org.openfid.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.openfid.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the platform talks to: an external one when a JDBC URL is configured,
 * otherwise a real PostgreSQL started from the embedded binaries with its data kept under the data
 * folder, so it survives restarts.
 */
public final class DatabaseServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseServer.class);

    private final String jdbcUrl;
    private final String user;
    private final @Nullable String password;
    private final @Nullable EmbeddedPostgres embedded;

    private DatabaseServer(
            String jdbcUrl, String user, @Nullable String password, @Nullable EmbeddedPostgres embedded) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** Connects to the configured external server or starts the embedded one. */
    public static DatabaseServer start(PlatformProperties properties) {
        PlatformProperties.Db db = properties.db();
        if (db.external()) {
            LOG.info("Using external PostgreSQL; the embedded server is not started");
            return new DatabaseServer(db.url(), db.user() == null ? "postgres" : db.user(), db.password(), null);
        }
        return startEmbedded(properties.dataDir().resolve("postgres"), db.embeddedPort());
    }

    private static DatabaseServer startEmbedded(Path directory, int port) {
        try {
            Files.createDirectories(directory);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port == 0 ? freePort() : port)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "64MB")
                    .start();
            LOG.info(
                    "Embedded PostgreSQL ready on port {} in {} ms (data in {})",
                    postgres.getPort(),
                    (System.nanoTime() - started) / 1_000_000,
                    directory.toAbsolutePath());
            String url = postgres.getJdbcUrl("postgres", "postgres");
            return new DatabaseServer(url, "postgres", null, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public @Nullable String password() {
        return password;
    }

    /** Whether this process runs the database itself. */
    public boolean embedded() {
        return embedded != null;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
            LOG.info("Embedded PostgreSQL stopped");
        }
    }
}
