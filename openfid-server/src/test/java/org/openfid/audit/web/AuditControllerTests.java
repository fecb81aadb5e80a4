package org.openfid.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openfid.audit.AuditFixture;
import org.openfid.audit.AuditIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@AuditIntegrationTest
class AuditControllerTests {

    @Autowired
    AuditFixture fixture;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEndpointNeedsAuthentication() {
        for (var request : List.of(
                mvc.get().uri("/admin/audit/verification"),
                mvc.get().uri("/admin/audit/entries"),
                mvc.post().uri("/admin/audit/seals"))) {
            assertThat(request)
                    .hasStatus(HttpStatus.UNAUTHORIZED)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void wrongCredentialsAreRefused() {
        assertThat(mvc.get().uri("/admin/audit/verification").with(httpBasic("admin", "not-the-password")))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theAdministratorGetsTheVerificationReport() {
        fixture.recordFacts(2);

        var response = mvc.get().uri("/admin/audit/verification").with(admin());

        assertThat(response).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(response).bodyJson().extractingPath("$.intact").isEqualTo(true);
        assertThat(response)
                .bodyJson()
                .extractingPath("$.entriesChecked")
                .asNumber()
                .isNotEqualTo(0);
        assertThat(response).bodyJson().hasPath("$.verifiedAt");
        assertThat(response).bodyJson().doesNotHavePath("$.firstBreak");
    }

    @Test
    void anAuditorCanSealNow() {
        fixture.recordFacts(1);

        // exchange() once: asserting on the request builder itself would send the POST again per
        // assertion, and a later one finds nothing new to seal (204, no body) unless the audit entry
        // of the previous POST was appended in time.
        var response = mvc.post().uri("/admin/audit/seals").with(admin()).exchange();

        assertThat(response).hasStatus(HttpStatus.CREATED);
        assertThat(response).bodyJson().extractingPath("$.hash").asString().hasSize(64);
        assertThat(response).bodyJson().extractingPath("$.jws").asString().contains(".");
        assertThat(mvc.get().uri("/admin/audit/verification").with(admin()))
                .bodyJson()
                .extractingPath("$.sealsChecked")
                .convertTo(InstanceOfAssertFactories.LONG)
                .isPositive();
    }

    @Test
    void entriesArePagedInChainOrder() {
        List<Long> positions = fixture.recordFacts(3);
        long after = positions.getFirst() - 1;

        var response = mvc.get()
                .uri("/admin/audit/entries?afterSeq={after}&limit=2", after)
                .with(admin());

        assertThat(response).hasStatusOk();
        assertThat(response)
                .bodyJson()
                .extractingPath("$.entries[*].seq")
                .convertTo(InstanceOfAssertFactories.list(Long.class))
                .containsExactly(after + 1, after + 2);
        assertThat(response)
                .bodyJson()
                .extractingPath("$.nextAfterSeq")
                .convertTo(Long.class)
                .isEqualTo(after + 2);
        assertThat(response)
                .bodyJson()
                .extractingPath("$.entries[0].hash")
                .asString()
                .hasSize(64);
    }

    @Test
    void aLimitOutsideOneToFiveHundredIsAProblem() {
        for (String query : List.of("limit=0", "limit=501", "afterSeq=-1", "limit=many")) {
            var response = mvc.get().uri("/admin/audit/entries?" + query).with(admin());

            assertThat(response)
                    .as(query)
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response).bodyJson().extractingPath("$.status").isEqualTo(400);
        }
        assertThat(mvc.get().uri("/admin/audit/entries?limit=0").with(admin()))
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("AUD-001");
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", AuditIntegrationTest.ADMIN_PASSWORD);
    }
}
