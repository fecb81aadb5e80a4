package org.openfid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

class CommandLineTests {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void runsTheCommandWhoseNameMatchesTheLeadingWords() {
        var verify = new Recording("audit verify", 0);
        var export = new Recording("audit export", 0);

        int code = CommandLine.dispatch(List.of(export, verify), List.of("audit", "verify", "--from", "7"), out, err);

        assertThat(code).isZero();
        assertThat(verify.calls).containsExactly(List.of("--from", "7"));
        assertThat(export.calls).isEmpty();
    }

    @Test
    void prefersTheLongestMatchingName() {
        var audit = new Recording("audit", 0);
        var verify = new Recording("audit verify", 0);

        CommandLine.dispatch(List.of(audit, verify), List.of("audit", "verify"), out, err);

        assertThat(verify.calls).containsExactly(List.of());
        assertThat(audit.calls).isEmpty();
    }

    @Test
    void returnsTheCommandsExitCode() {
        int code =
                CommandLine.dispatch(List.of(new Recording("audit verify", 3)), List.of("audit", "verify"), out, err);

        assertThat(code).isEqualTo(3);
    }

    @Test
    void listsTheKnownCommandsForAnUnknownOne() {
        var verify = new Recording("audit verify", 0);
        var rotate = new Recording("keys rotate", 0);

        int code = CommandLine.dispatch(List.of(verify, rotate), List.of("audit", "repair"), out, err);

        assertThat(code).isEqualTo(CommandLine.USAGE).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
                .contains("unknown command: audit repair")
                .contains("audit verify", "summary of audit verify")
                .contains("keys rotate", "summary of keys rotate");
        assertThat(verify.calls).isEmpty();
        assertThat(rotate.calls).isEmpty();
    }

    @Test
    void treatsNoWordsAsAnUnknownCommand() {
        int code = CommandLine.dispatch(List.of(new Recording("audit verify", 0)), List.of(), out, err);

        assertThat(code).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("no command given", "audit verify");
    }

    @Test
    void runsInsideThePlatformWithoutAWebServerAndStopsItAfterwards(@TempDir Path dataDir) {
        SpringApplication application = TestPlatform.application(dataDir, Map.of(), ProbeCommand.class);

        int code = CommandLine.run(application, List.of("platform", "probe", "first", "second"), out, err);

        assertThat(code).isEqualTo(7);
        assertThat(outBytes.toString(StandardCharsets.UTF_8))
                .contains("arguments=[first, second]")
                .contains("web server=false")
                .contains("database=ok")
                .contains("republish on restart=false");
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    /** A command contributed by a test "module", the way audit contributes {@code audit verify}. */
    @Configuration(proxyBeanMethods = false)
    static class ProbeCommand {

        @Bean
        CliCommand platformProbe(ApplicationContext context, JdbcClient database) {
            return new CliCommand() {
                @Override
                public String name() {
                    return "platform probe";
                }

                @Override
                public String summary() {
                    return "reports what a command sees";
                }

                @Override
                public int run(List<String> arguments, PrintStream out) {
                    out.println("arguments=" + arguments);
                    out.println("web server=" + (context instanceof WebServerApplicationContext));
                    out.println("database="
                            + database.sql("select 'ok'").query(String.class).single());
                    out.println("republish on restart="
                            + context.getEnvironment()
                                    .getProperty("spring.modulith.events.republish-outstanding-events-on-restart"));
                    return 7;
                }
            };
        }
    }

    private static final class Recording implements CliCommand {

        private final String name;
        private final int exitCode;
        final List<List<String>> calls = new ArrayList<>();

        Recording(String name, int exitCode) {
            this.name = name;
            this.exitCode = exitCode;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String summary() {
            return "summary of " + name;
        }

        @Override
        public int run(List<String> arguments, PrintStream out) {
            calls.add(arguments);
            return exitCode;
        }
    }
}
