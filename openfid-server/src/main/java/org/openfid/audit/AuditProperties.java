package org.openfid.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the audit trail.
 *
 * @param sealInterval how often the chain's head is sealed when new entries arrived; entries after the
 *     last seal can be cut off the end of the chain unnoticed, so this bounds what truncation can hide
 * @param pageSize how many entries (and seals) the verification reads per query; it bounds memory, not
 *     what is checked
 */
@ConfigurationProperties("openfid.audit")
@Validated
record AuditProperties(
        @DefaultValue("PT5M") @DurationMin(seconds = 1) Duration sealInterval,
        @DefaultValue("500") @Min(1) @Max(10_000) int pageSize) {}
