package org.openfid.identity;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Storage of identity records ({@code openfid.identity.records.*}).
 *
 * @param encryption whether records are sealed at rest; switching it off is for the benchmark that
 *     measures the cost of privacy, never for a deployment
 */
public record RecordSettings(@DefaultValue("true") boolean encryption) {}
