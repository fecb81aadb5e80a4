package org.openfid.identity;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * VID policies ({@code openfid.identity.vids.*}).
 *
 * @param policyFile a country's VID policy file; empty means MOSIP's default policies
 */
public record VidSettings(@Nullable Path policyFile) {}
