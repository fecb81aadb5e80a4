package org.openfid.identity;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * VID policies ({@code openfid.identity.vids.*}).
 *
 * @param policyFile a country's VID policy file in MOSIP's {@code mosip-vid-policy.json} format;
 *     empty means MOSIP's default policies. An invalid file stops the start with a message saying
 *     what is wrong.
 */
public record VidSettings(@Nullable Path policyFile) {}
