package org.openfid.masterdata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context the master data tests share (same annotations everywhere, so Spring's
 * context cache starts one embedded PostgreSQL for all of them): the demo country loads on its first
 * start, an administrator and a crypto-client service account can call the REST API.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "openfid.data-dir=target/test-data/masterdata-test-${random.uuid}",
            "openfid.admin.password=" + MasterdataTest.ADMIN_PASSWORD,
            "openfid.service-accounts[0].name=" + MasterdataTest.SERVICE,
            "openfid.service-accounts[0].password=" + MasterdataTest.SERVICE_PASSWORD,
            "openfid.service-accounts[0].roles=CRYPTO_CLIENT"
        })
@AutoConfigureMockMvc
public @interface MasterdataTest {

    String ADMIN_PASSWORD = "masterdata-test-admin";
    String SERVICE = "crypto-service";
    String SERVICE_PASSWORD = "crypto-service-secret";
}
