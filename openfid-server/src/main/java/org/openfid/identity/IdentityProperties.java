package org.openfid.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module ({@code openfid.identity.*}).
 *
 * @param numbers UIN, VID and RID rules and pools
 * @param vids VID policies
 * @param records storage of identity records
 */
@ConfigurationProperties("openfid.identity")
public record IdentityProperties(
        @DefaultValue NumberSettings numbers,
        @DefaultValue VidSettings vids,
        @DefaultValue RecordSettings records) {}
