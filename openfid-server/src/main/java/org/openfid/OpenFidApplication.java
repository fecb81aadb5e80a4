package org.openfid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The whole platform in one process: each package under {@code org.openfid} is an application module,
 * and {@code platform} is the small shared kernel every module may use.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "platform")
public class OpenFidApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenFidApplication.class, args);
    }
}
