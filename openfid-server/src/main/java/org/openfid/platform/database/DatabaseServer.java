package org.openfid.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    private final @Nullable FileChannel lock;

    private DatabaseServer(
            String jdbcUrl, String user, @Nullable String password, @Nullable EmbeddedPostgres embedded) {
        this(jdbcUrl, user, password, embedded, null);
    }

    private DatabaseServer(
            String jdbcUrl,
            String user,
            @Nullable String password,
            @Nullable EmbeddedPostgres embedded,
            @Nullable FileChannel lock) {
        this.lock = lock;
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
            FileChannel lock = ownership(directory);
            stopLeftOver(directory);
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
            return new DatabaseServer(url, "postgres", null, postgres, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * Takes the data folder's lock for the life of this process. The operating system releases it
     * when the process ends in any way (kill -9 included), so holding it proves that no other live
     * OpenFID process uses the folder.
     */
    private static FileChannel ownership(Path directory) throws IOException {
        Path file = directory.resolveSibling(directory.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            channel.close();
            throw new IllegalStateException("The embedded database in " + directory.toAbsolutePath()
                    + " is in use by another OpenFID process: stop it first, or give this one another data folder");
        }
        return channel;
    }

    /**
     * PostgreSQL keeps the pid of its server in {@code postmaster.pid} while it runs. With the folder's
     * lock held, a live one was left behind by an OpenFID process that was killed (kill -9, the OOM
     * killer: PostgreSQL runs detached and outlives it). Nobody can use it any more, so it is shut down
     * cleanly (SIGTERM, PostgreSQL's smart shutdown with a checkpoint) before this process starts its
     * own on the same data.
     */
    private static void stopLeftOver(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String firstLine =
                Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!firstLine.matches("\\d{1,10}")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .filter(c -> c.endsWith("postgres"))
                        .isPresent())
                .ifPresent(postgres -> stopOrphan(postgres, directory));
    }

    private static void stopOrphan(ProcessHandle postgres, Path directory) {
        LOG.warn(
                "PostgreSQL process {} on {} was left behind by a stopped OpenFID process; shutting it down",
                postgres.pid(),
                directory.toAbsolutePath());
        postgres.destroy();
        try {
            postgres.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The left-over PostgreSQL process " + postgres.pid()
                    + " did not stop within 60 s; stop it, then start OpenFID again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping a left-over PostgreSQL process", e);
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
        if (lock != null) {
            lock.close();
        }
    }
}
