package org.openfid.biometrics.abis;

import java.time.Clock;
import org.openfid.biometrics.BiometricsProperties;
import org.openfid.biometrics.search.BruteForceGallery;
import org.openfid.biometrics.search.FingerGallery;
import org.openfid.biometrics.search.FusionRule;
import org.openfid.biometrics.search.IndexSettings;
import org.openfid.biometrics.search.IndexedGallery;
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

    /**
     * A new, empty in-memory gallery as configured: the indexed one by default (its first stage is
     * tuned in {@code IndexSettings.DEFAULT}, see ADR 0010), brute force on request.
     */
    /**
     * How many deserialized templates stay in memory: as configured, but never more than a quarter
     * of the heap at about 16 KB each (measured: 15.5 KB for synthetic fingers of about 50 minutiae).
     * The configured 200,000 would need 3 GB; with the launcher's 1 GB heap a 5,000-person gallery
     * filled the heap and the JVM spent its time in full collections. The rest are deserialized for
     * verification (about 0.1 ms each, for the few candidates the index passes on).
     */
    static long residentBudget(long configured, long maxHeapBytes) {
        return Math.max(0, Math.min(configured, maxHeapBytes / 4 / TEMPLATE_BYTES));
    }

    static final long TEMPLATE_BYTES = 16_000;

    static FingerGallery gallery(BiometricsProperties properties) {
        var fusion = new FusionRule(
                properties.fusion().fingerFloor(), properties.fusion().minFingers());
        long resident = residentBudget(
                properties.gallery().residentTemplates(), Runtime.getRuntime().maxMemory());
        return properties.gallery().indexed()
                ? new IndexedGallery(fusion, IndexSettings.DEFAULT, resident)
                : new BruteForceGallery(fusion, resident);
    }
}
