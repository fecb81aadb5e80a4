package org.openfid.authentication.demo;

import org.jspecify.annotations.Nullable;

/**
 * One reason demographic authentication failed, as MOSIP reports it.
 *
 * @param errorCode for example {@code IDA-DEA-001}
 * @param message what did not match (an attribute name and language, never a value)
 * @param actionMessage what to do
 */
public record DemoFailure(
        String errorCode, String message, @Nullable String actionMessage) {}
