package org.openfid.partner;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the partner module ({@code openfid.partner.*}).
 *
 * @param apiKeyValidity how long a new API key is valid
 * @param licenceValidity how long a new MISP licence key is valid
 * @param authorisationCache how long an authorisation decision is reused by this node before the
 *     database is asked again; changes made on this node take effect at once, changes made on another
 *     node within this time
 */
@ConfigurationProperties("openfid.partner")
public record PartnerProperties(
        @DefaultValue("P365D") Duration apiKeyValidity,
        @DefaultValue("P365D") Duration licenceValidity,
        @DefaultValue("PT10S") Duration authorisationCache) {}
