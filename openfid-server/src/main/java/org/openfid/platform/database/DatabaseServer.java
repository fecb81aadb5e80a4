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
            refuseIfInUse(directory);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Spring closes this server as the last bean (after the pool and the event
                    // registry); zonky's own JVM hook would stop it in parallel with the context.
                    .setRegisterShutdownHook(false)
                    .setPort(port == 0 ? freePort() : port)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "64MB")
                    // zonky's defaults suit throwaway test databases (-F, i.e. fsync=off, and
                    // synchronous_commit=off); this one is the system of record.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
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

    /**
     * PostgreSQL keeps the pid of its server in {@code postmaster.pid} while it runs. A live one means
     * another OpenFID process (or a PostgreSQL left behind by a killed one) owns the folder; starting
     * on it would fail with a less helpful message from deep inside the embedded server.
     */
    private static void refuseIfInUse(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String firstLine =
                Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!firstLine.matches("\\d{1,10}")) {
            return;
        }
        long pid = Long.parseLong(firstLine);
        boolean running = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .flatMap(process -> process.info().command())
                .filter(command -> command.endsWith("postgres"))
                .isPresent();
        if (running) {
            throw new IllegalStateException("The embedded database in " + directory.toAbsolutePath()
                    + " is in use by PostgreSQL process " + pid
                    + ": stop the OpenFID server that uses this data folder first (or, if none runs, that"
                    + " left-over PostgreSQL process)");
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
