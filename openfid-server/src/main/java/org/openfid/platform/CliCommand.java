package org.openfid.platform;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the {@code ./openfid} launcher that runs inside the platform without its web server,
 * for example {@code audit verify}. The launcher starts the application with
 * {@code cli <words...>}; the platform finds the command whose {@link #name()} matches the leading
 * words, runs it, and exits with the code it returns.
 */
public interface CliCommand {

    /** The words that select this command, for example {@code "audit verify"}. */
    String name();

    /** One line for {@code ./openfid --help}. */
    String summary();

    /**
     * Runs the command.
     *
     * @param arguments the words after the command name
     * @param out where to print results for the person at the terminal
     * @return the process exit code: 0 for success
     */
    int run(List<String> arguments, PrintStream out);
}
