package org.openfid.biometrics;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openfid.platform.ActionTaken;
import org.openfid.spi.abis.ReferenceId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/**
 * One application context (real embedded PostgreSQL, PKCS#12 vault) shared by the biometrics tests,
 * recording every audit fact. {@link Recorded#failNextInsert} makes the audit of the next successful
 * insert throw: that audit runs inside the insert's transaction after the rows are written, so it
 * stands for a crash between writing and committing.
 */
@SpringBootTest(
        properties = {
            "openfid.data-dir=target/test-data/biometrics-${random.uuid}",
            "openfid.admin.password=" + BiometricsContext.ADMIN_PASSWORD,
            "openfid.masterdata.load-country-on-start=false",
            "openfid.service-accounts[0].name=regproc",
            "openfid.service-accounts[0].password=" + BiometricsContext.REGPROC_PASSWORD,
            "openfid.service-accounts[0].roles=REGISTRATION_PROCESSOR",
            "openfid.service-accounts[1].name=auditor",
            "openfid.service-accounts[1].password=" + BiometricsContext.REGPROC_PASSWORD,
            "openfid.service-accounts[1].roles=AUDITOR"
        })
@AutoConfigureMockMvc
@Import(BiometricsContext.Recorders.class)
public abstract class BiometricsContext {

    public static final String ADMIN_PASSWORD = "biometrics-test-admin";
    public static final String REGPROC_PASSWORD = "regproc-secret-123";

    @Autowired
    protected Recorded recorded;

    /** A reference id no other test uses. */
    protected static ReferenceId newReference() {
        return new ReferenceId(UUID.randomUUID().toString());
    }

    /** Audit facts published on any thread; can fail the next insert inside its transaction. */
    public static class Recorded {
        public final List<ActionTaken> facts = new CopyOnWriteArrayList<>();
        public final AtomicBoolean failNextInsert = new AtomicBoolean();

        @EventListener
        void on(ActionTaken fact) {
            if (fact.action().equals("ABIS_INSERT")
                    && fact.outcome() == ActionTaken.Outcome.SUCCESS
                    && failNextInsert.compareAndSet(true, false)) {
                throw new IllegalStateException("Simulated crash after the gallery rows were written");
            }
            facts.add(fact);
        }

        public List<ActionTaken> about(ReferenceId referenceId) {
            return facts.stream()
                    .filter(fact -> referenceId.value().equals(fact.targetHash()))
                    .toList();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recorders {
        @Bean
        Recorded recorded() {
            return new Recorded();
        }
    }
}
