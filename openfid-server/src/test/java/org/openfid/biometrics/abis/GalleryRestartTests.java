package org.openfid.biometrics.abis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfid.biometrics.Prints;
import org.openfid.platform.TestPlatform;
import org.openfid.spi.abis.Abis;
import org.openfid.spi.abis.Candidate;
import org.openfid.spi.abis.IdentifyRequest;
import org.openfid.spi.abis.ReferenceId;
import org.springframework.boot.WebApplicationType;

/** A real restart: a second application on the same data folder finds what the first inserted. */
class GalleryRestartTests {

    @TempDir
    Path dataDir;

    @Test
    void aRestartedServerLoadsTheGalleryFromItsDatabase() {
        var reference = new ReferenceId("restart-test-1");
        try (var first = start()) {
            first.getBean(Abis.class).insert(reference, Prints.person(2, 0));
        }

        try (var second = start()) {
            var abis = second.getBean(Abis.class);
            var found = abis.identify(Prints.person(2, 1), IdentifyRequest.wholeGallery());

            assertThat(abis.ping()).isTrue();
            assertThat(abis.referenceCount()).isEqualTo(1);
            assertThat(found.gallerySize()).isEqualTo(1);
            assertThat(found.candidates()).extracting(Candidate::referenceId).containsExactly(reference);
        }
    }

    private org.springframework.context.ConfigurableApplicationContext start() {
        var application = TestPlatform.application(
                dataDir,
                Map.of(
                        "openfid.admin.password", "restart-test-admin",
                        "openfid.masterdata.load-country-on-start", "false"));
        application.setWebApplicationType(WebApplicationType.NONE);
        return application.run();
    }
}
