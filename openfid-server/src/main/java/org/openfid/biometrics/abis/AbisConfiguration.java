package org.openfid.biometrics.abis;

import java.time.Clock;
import org.openfid.biometrics.BiometricsProperties;
import org.openfid.biometrics.search.BruteForceGallery;
import org.openfid.biometrics.search.FingerGallery;
import org.openfid.biometrics.search.FusionRule;
import org.openfid.biosdk.SourceAfisSdk;
import org.openfid.platform.AuditRecorder;
import org.openfid.spi.abis.Abis;
import org.openfid.spi.biometrics.BiometricSdk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the embedded ABIS. Its gallery compares SourceAFIS templates, so when a vendor SDK serves
 * the platform's BioSDK calls the ABIS keeps its own SourceAFIS SDK for extraction: a gallery of one
 * template format is never fed another.
 */
@Configuration(proxyBeanMethods = false)
class AbisConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AbisConfiguration.class);

    @Bean
    Abis abis(
            BiometricSdk sdk,
            GalleryStore store,
            TemplateSeal seal,
            TransactionTemplate transactions,
            AuditRecorder audit,
            BiometricsProperties properties,
            Clock clock) {
        BiometricSdk extraction = sdk;
        if (!(sdk instanceof SourceAfisSdk)) {
            LOG.info(
                    "The embedded ABIS extracts with SourceAFIS; {} serves the BioSDK calls",
                    sdk.info().type());
            extraction = new SourceAfisSdk(properties.matchThreshold());
        }
        return new EmbeddedAbis(
                extraction, () -> gallery(properties), store, seal, transactions, audit, properties, clock);
    }

    /** A new, empty in-memory gallery as configured. */
    static FingerGallery gallery(BiometricsProperties properties) {
        var fusion = new FusionRule(
                properties.fusion().fingerFloor(), properties.fusion().minFingers());
        return new BruteForceGallery(fusion, properties.gallery().residentTemplates());
    }
}
