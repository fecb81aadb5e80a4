package org.openfid.spi.biometrics;

import java.util.Map;
import java.util.Set;

/**
 * What an SDK is and can do, as MOSIP's BioSDK {@code init} reports it.
 *
 * @param apiVersion the version of this SPI the SDK implements
 * @param sdkVersion the SDK's own version
 * @param organization who makes it
 * @param type a short name of the algorithm
 * @param supportedMethods for each operation, the modalities it supports
 * @since 0.4
 */
public record SdkInfo(
        String apiVersion,
        String sdkVersion,
        String organization,
        String type,
        Map<Operation, Set<BiometricType>> supportedMethods) {

    /** The operations of the SDK. */
    public enum Operation {
        QUALITY_CHECK,
        EXTRACT,
        MATCH
    }

    public SdkInfo {
        supportedMethods = Map.copyOf(supportedMethods);
    }

    /** Whether {@code operation} is supported for {@code type}. */
    public boolean supports(Operation operation, BiometricType type) {
        return supportedMethods.getOrDefault(operation, Set.of()).contains(type);
    }
}
