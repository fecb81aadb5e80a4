package org.openfid.masterdata.country;

import java.nio.file.Path;
import org.openfid.masterdata.MasterdataProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives a new platform a working country on its first start: {@code openfid.masterdata.country} if
 * set, else the bundled demo country. A platform that has loaded a country never loads one again on
 * start (administrators change it over REST or with {@code ./openfid country load}). Command-line
 * runs skip this: {@code country load} on a fresh data folder loads only the folder it was given.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstStartCountry implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStartCountry.class);

    private final CountryLoader loader;
    private final MasterdataProperties properties;

    FirstStartCountry(CountryLoader loader, MasterdataProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!properties.loadCountryOnStart() || loader.anyLoaded()) {
            return;
        }
        Path configured = properties.country();
        CountryLoader.LoadReport report;
        if (configured != null) {
            report = loader.load(configured, configured.toAbsolutePath().toString());
        } else {
            Path folder = BundledCountry.copy(getClass().getClassLoader());
            try {
                report = loader.load(folder, BundledCountry.SOURCE);
            } finally {
                BundledCountry.remove(folder);
            }
        }
        LOG.info("Loaded country {} on first start ({} records)", report.country(), report.changed());
    }
}
