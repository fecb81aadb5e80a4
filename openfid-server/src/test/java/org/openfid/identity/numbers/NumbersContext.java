package org.openfid.identity.numbers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.openfid.keys.RecordedFacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One application context (real embedded PostgreSQL, real vault HMAC key) shared by the number
 * tests: small pools and no background refill, so the tests decide when the pools fill.
 */
@SpringBootTest(
        properties = {
            "openfid.data-dir=target/test-data/numbers-test-${random.uuid}",
            "openfid.admin.password=" + NumbersContext.ADMIN_PASSWORD,
            "openfid.service-accounts[0].name=regproc",
            "openfid.service-accounts[0].password=regproc-secret-123",
            "openfid.service-accounts[0].roles=REGISTRATION_PROCESSOR",
            "openfid.service-accounts[1].name=crypto",
            "openfid.service-accounts[1].password=crypto-secret-123",
            "openfid.service-accounts[1].roles=CRYPTO_CLIENT",
            "openfid.identity.numbers.pool.uin-batch=60",
            "openfid.identity.numbers.pool.uin-low-water=10",
            "openfid.identity.numbers.pool.vid-batch=40",
            "openfid.identity.numbers.pool.vid-low-water=10",
            "openfid.identity.numbers.pool.refill-chunk=25",
            "openfid.identity.numbers.pool.background-refill=false"
        })
@AutoConfigureMockMvc
@Import(NumbersContext.Facts.class)
abstract class NumbersContext {

    static final String ADMIN_PASSWORD = "numbers-test-admin";
    static final String REGPROC = basic("regproc", "regproc-secret-123");
    static final String CRYPTO = basic("crypto", "crypto-secret-123");
    static final String ADMIN = basic("admin", ADMIN_PASSWORD);

    @Autowired
    protected RecordedFacts facts;

    @Autowired
    protected JdbcClient jdbc;

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the digits appear anywhere in the identity schema's tables (as text). */
    boolean storedInPlaintext(String digits) {
        return jdbc.sql("SELECT count(*) FROM identity.number_pool WHERE number = :n")
                                .param("n", digits)
                                .query(Integer.class)
                                .single()
                        > 0
                || jdbc.sql("SELECT count(*) FROM identity.issued_number WHERE number_hash LIKE :n")
                                .param("n", "%" + digits + "%")
                                .query(Integer.class)
                                .single()
                        > 0;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Facts {
        @Bean
        RecordedFacts recordedFacts() {
            return new RecordedFacts();
        }
    }
}
