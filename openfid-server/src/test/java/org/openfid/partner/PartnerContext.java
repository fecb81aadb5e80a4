package org.openfid.partner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openfid.keys.Certificates;
import org.openfid.keys.MutableClock;
import org.openfid.keys.RecordedFacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * One application context (real embedded PostgreSQL, PKCS#12 vault) for the partner tests, with a
 * partner administrator, a partner's own account ({@code bank-self}) and a clock tests can move.
 */
@SpringBootTest(
        properties = {
            "openfid.data-dir=target/test-data/partner-${random.uuid}",
            "openfid.admin.password=" + PartnerContext.ADMIN_PASSWORD,
            "openfid.masterdata.load-country-on-start=false",
            "openfid.service-accounts[0].name=bank-self",
            "openfid.service-accounts[0].password=bank-self-secret",
            "openfid.service-accounts[0].roles=PARTNER",
            "openfid.service-accounts[1].name=partner-admin",
            "openfid.service-accounts[1].password=partner-admin-secret",
            "openfid.service-accounts[1].roles=PARTNER_ADMIN"
        })
@AutoConfigureMockMvc
@Import(PartnerContext.Clocks.class)
abstract class PartnerContext {

    static final String ADMIN_PASSWORD = "partner-test-admin";
    static final TestPki PKI = new TestPki();

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected RecordedFacts facts;

    @Autowired
    protected Certificates certificates;

    @Autowired
    protected Partners partners;

    protected PartnerFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new PartnerFixture(mvc, ADMIN_PASSWORD, PKI, certificates);
    }

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
