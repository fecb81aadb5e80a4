package org.openfid.masterdata;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the master data module ({@code openfid.masterdata.*}).
 *
 * @param country folder of the country loaded on first start (when no country is loaded yet); empty
 *     means the bundled demo country
 * @param loadCountryOnStart whether an empty platform loads {@code country} (or the demo) on start
 */
@ConfigurationProperties("openfid.masterdata")
public record MasterdataProperties(
        @Nullable Path country, @DefaultValue("true") boolean loadCountryOnStart) {}
