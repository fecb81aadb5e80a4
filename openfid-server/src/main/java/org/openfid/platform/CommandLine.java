package org.openfid.platform;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * Runs one {@link CliCommand} inside the platform, without its web server: {@code java -jar
 * openfid-server-exec.jar cli audit verify} starts the application context (database, migrations,
 * every module's beans), runs the command whose name matches the leading words, closes the context
 * and returns the command's exit code.
 *
 * <p>A command run is a short side process next to the data: it does not republish outstanding
 * event publications (the server does that when it starts) and it logs warnings only, so that its
 * standard output is the command's own.
 */
public final class CommandLine {

    /** Exit code for an unknown command or missing words. */
    public static final int USAGE = 2;

    /** Exit code when the platform could not start. */
    public static final int FAILED = 1;

    /** Above application.yml, below system properties and environment variables. */
    private static final Map<String, Object> CLI_SETTINGS = Map.of(
            "spring.modulith.events.republish-outstanding-events-on-restart", "false",
            "logging.level.root", "WARN",
            "logging.level.org.openfid", "WARN");

    private CommandLine() {}

    /**
     * Starts {@code application} without a web server, runs the command selected by {@code words}
     * and closes the context again.
     *
     * @return the command's exit code, {@link #USAGE} for an unknown command, {@link #FAILED} when the
     *     platform did not start
     */
    public static int run(SpringApplication application, List<String> words, PrintStream out, PrintStream err) {
        application.setWebApplicationType(WebApplicationType.NONE);
        application.addListeners(new CliSettings());
        ConfigurableApplicationContext context;
        try {
            context = application.run();
        } catch (RuntimeException failure) { // adapter edge: the person at the terminal gets one line
            err.println("openfid: the platform could not start: " + rootMessage(failure));
            return FAILED;
        }
        try (context) {
            return dispatch(context.getBeansOfType(CliCommand.class).values(), words, out, err);
        }
    }

    /**
     * Runs the command whose name is the longest prefix of {@code words} with the remaining words;
     * without a match, lists the known commands on {@code err} and returns {@link #USAGE}.
     */
    public static int dispatch(Collection<CliCommand> commands, List<String> words, PrintStream out, PrintStream err) {
        Optional<CliCommand> match = commands.stream()
                .filter(command -> startsWith(words, nameWords(command)))
                .max(Comparator.comparingInt(command -> nameWords(command).size()));
        if (match.isEmpty()) {
            err.println(
                    words.isEmpty()
                            ? "openfid: no command given"
                            : "openfid: unknown command: " + String.join(" ", words));
            err.println("Known commands:");
            commands.stream()
                    .sorted(Comparator.comparing(CliCommand::name))
                    .forEach(command -> err.printf("  %-24s %s%n", command.name(), command.summary()));
            return USAGE;
        }
        CliCommand command = match.get();
        List<String> arguments = words.subList(nameWords(command).size(), words.size());
        int code = command.run(List.copyOf(arguments), out);
        out.flush();
        return code;
    }

    private static List<String> nameWords(CliCommand command) {
        return Arrays.stream(command.name().trim().split("\\s+")).toList();
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }

    /** Adds {@link #CLI_SETTINGS} before the logging system reads the environment. */
    private static final class CliSettings
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            MutablePropertySources sources = event.getEnvironment().getPropertySources();
            var settings = new MapPropertySource("openfid-cli", CLI_SETTINGS);
            if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
                sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, settings);
            } else {
                sources.addFirst(settings);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
