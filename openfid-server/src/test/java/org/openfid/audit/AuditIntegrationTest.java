package org.openfid.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application context the audit integration tests share (the same annotations everywhere, so
 * Spring's context cache starts one embedded PostgreSQL for all of them), with its own data folder.
 * Sealing is left to the tests: the periodic seal would not run within a test's lifetime anyway.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "openfid.data-dir=target/test-data/audit-test-${random.uuid}",
            "openfid.admin.password=" + AuditIntegrationTest.ADMIN_PASSWORD,
            "openfid.audit.seal-interval=PT1H",
            "openfid.audit.page-size=7"
        })
@AutoConfigureMockMvc
@Import(AuditFixture.class)
public @interface AuditIntegrationTest {

    String ADMIN_PASSWORD = "audit-test-password";
}
