package org.openfid.biometrics;

import java.util.ServiceLoader;
import org.openfid.biosdk.SourceAfisSdk;
import org.openfid.spi.biometrics.BiometricSdk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the platform's biometric SDK through {@link ServiceLoader}: a vendor SDK on the class path
 * (a jar with a {@code META-INF/services/org.openfid.spi.biometrics.BiometricSdk} entry) wins over the
 * SourceAFIS reference SDK, which is used, with the configured match threshold, when there is none.
 */
@Configuration(proxyBeanMethods = false)
class BiometricsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(BiometricsConfiguration.class);

    @Bean
    BiometricSdk biometricSdk(BiometricsProperties properties) {
        var providers = ServiceLoader.load(BiometricSdk.class, getClass().getClassLoader());
        BiometricSdk sdk = providers.stream()
                .filter(provider -> provider.type() != SourceAfisSdk.class)
                .findFirst()
                .map(ServiceLoader.Provider::get)
                .orElseGet(() -> new SourceAfisSdk(properties.matchThreshold()));
        var info = sdk.info();
        LOG.info("Biometric SDK: {} {} by {}", info.type(), info.sdkVersion(), info.organization());
        return sdk;
    }
}
