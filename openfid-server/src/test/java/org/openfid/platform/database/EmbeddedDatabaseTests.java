package org.openfid.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfid.platform.PlatformProperties;

class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void keepsItsDataAcrossARestart() throws Exception {
        PlatformProperties properties = embeddedIn(dataDir);
        try (var server = DatabaseServer.start(properties)) {
            assertThat(server.embedded()).isTrue();
            update(server, "create table restart_probe (id int primary key, note text not null)");
            update(server, "insert into restart_probe values (1, 'written before the restart')");
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();

        try (var server = DatabaseServer.start(properties)) {
            assertThat(query(server, "select note from restart_probe where id = 1"))
                    .isEqualTo("written before the restart");
        }
    }

    @Test
    void commitsDurably() throws Exception {
        try (var server = DatabaseServer.start(embeddedIn(dataDir))) {
            assertThat(query(server, "show fsync")).isEqualTo("on");
            assertThat(query(server, "show synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void refusesADataFolderThatARunningServerUses() throws Exception {
        PlatformProperties properties = embeddedIn(dataDir);
        try (var running = DatabaseServer.start(properties)) {
            assertThatThrownBy(() -> DatabaseServer.start(properties))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another OpenFID process")
                    .hasMessageContaining(dataDir.resolve("postgres").toString());
            assertThat(query(running, "select 'still serving'")).isEqualTo("still serving");
        }
    }

    @Test
    void stopsAPostgresLeftBehindByAKilledProcessAndKeepsItsData() throws Exception {
        Process owner = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledOwner.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            String url = urlPrintedBy(owner);
            try (var connection = DriverManager.getConnection(url, "postgres", null);
                    var statement = connection.createStatement()) {
                statement.executeUpdate("create table orphan_probe (note text)");
                statement.executeUpdate("insert into orphan_probe values ('written before the crash')");
            }
        } finally {
            owner.destroyForcibly().waitFor(); // kill -9: PostgreSQL runs detached and is left behind
        }

        try (var server = DatabaseServer.start(embeddedIn(dataDir))) {
            assertThat(query(server, "select note from orphan_probe")).isEqualTo("written before the crash");
        }
    }

    private static String urlPrintedBy(Process process) throws java.io.IOException {
        var reader = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("URL ")) {
                return line.substring(4);
            }
        }
        throw new IllegalStateException("The owner process ended without starting its database");
    }

    static PlatformProperties embeddedIn(Path dataDir) {
        return new PlatformProperties(
                dataDir,
                new PlatformProperties.Db(null, null, null, 0, 2),
                new PlatformProperties.Admin("admin", null),
                java.util.List.of());
    }

    private static void update(DatabaseServer server, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static String query(DatabaseServer server, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            assertThat(result.next()).as("a row from %s", sql).isTrue();
            return result.getString(1);
        }
    }
}
