package org.openfid;

import java.util.Arrays;
import org.openfid.platform.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The whole platform in one process: each package under {@code org.openfid} is an application module,
 * and {@code platform} is the small shared kernel every module may use.
 *
 * <p>{@code java -jar openfid-server-exec.jar cli <command words...>} runs one command-line tool of a
 * module instead of the server (see {@link CommandLine}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "platform")
public class OpenFidApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "cli".equals(args[0])) {
            var words = Arrays.asList(args).subList(1, args.length);
            System.exit(
                    CommandLine.run(new SpringApplication(OpenFidApplication.class), words, System.out, System.err));
        }
        SpringApplication.run(OpenFidApplication.class, args);
    }
}
