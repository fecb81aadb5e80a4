package org.openfid.platform.startup;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.openfid.platform.PlatformProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the person who ran {@code ./openfid start} where to go next, in plain text on standard
 * output (the logs are JSON for machines; this is for people). The launcher reads the port from the
 * {@code Home} line when it prepares its start-up cache, so keep that line's shape.
 */
@Component
class ReadyBanner {

    private final Environment environment;
    private final PlatformProperties properties;

    ReadyBanner(Environment environment, PlatformProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    @EventListener
    void announce(ApplicationReadyEvent ready) {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return; // command-line run without a web server
        }
        print(System.out, "http://localhost:" + port, ready.getTimeTaken().toMillis());
    }

    void print(PrintStream out, String base, long millis) {
        Path data = properties.dataDir().toAbsolutePath();
        String adminPassword = properties.admin().password() == null
                ? data.resolve("admin-password").toString()
                : "(set through OPENFID_ADMIN_PASSWORD)";
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        out.printf(
                """

                OpenFID is ready (started in %d ms, JVM up %d ms)
                  Home            %s/
                  Health          %s/actuator/health
                  JWKS            %s/.well-known/jwks.json
                  OpenAPI (UI)    %s/swagger-ui.html
                  OpenAPI (JSON)  %s/v3/api-docs
                  Metrics         %s/actuator/prometheus   (administrator)
                  Administrator   %s, password in %s
                  Data            %s
                Press Ctrl-C to stop.
                %n""",
                millis,
                uptime,
                base,
                base,
                base,
                base,
                base,
                base,
                properties.admin().username(),
                adminPassword,
                properties.dataDir().toAbsolutePath());
        out.flush();
    }
}
