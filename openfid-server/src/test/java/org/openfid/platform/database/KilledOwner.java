package org.openfid.platform.database;

import java.nio.file.Path;

/**
 * A process that starts the embedded database on a data folder, prints its JDBC URL and waits to be
 * killed: what an OpenFID process looks like to its database when the OOM killer or kill -9 ends it.
 */
public final class KilledOwner {

    private KilledOwner() {}

    public static void main(String[] args) throws Exception {
        DatabaseServer server = DatabaseServer.start(EmbeddedDatabaseTests.embeddedIn(Path.of(args[0])));
        System.out.println("URL " + server.jdbcUrl());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
