package org.openfid.keys;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * One application context (real embedded PostgreSQL, PKCS#12 vault, manual rotation) shared by the
 * keys integration tests.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "openfid.data-dir=target/test-data/keys-test-${random.uuid}",
            "openfid.admin.password=test-admin",
            "openfid.service-accounts[0].name=ida-client",
            "openfid.service-accounts[0].password=client-secret-123",
            "openfid.service-accounts[0].roles=CRYPTO_CLIENT",
            "openfid.keys.auto-rotate=false"
        })
@Import(KeysContext.Clocks.class)
abstract class KeysContext {

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected RecordedFacts facts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        RecordedFacts recordedFacts() {
            return new RecordedFacts();
        }
    }
}
