package org.openfid.platform.blobs;

import org.openfid.platform.PlatformProperties;
import org.openfid.spi.blobs.BlobStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's blob store: files under {@code <openfid.data-dir>/blobs} unless another store is defined. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean(BlobStore.class)
    BlobStore blobStore(PlatformProperties properties) {
        return new FileBlobStore(properties.dataDir().resolve("blobs"));
    }
}
