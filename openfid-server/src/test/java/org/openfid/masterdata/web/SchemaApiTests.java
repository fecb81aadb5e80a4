package org.openfid.masterdata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.masterdata.SchemaContext;
import org.openfid.platform.ActionTaken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.node.ObjectNode;

/** The administrators' schema endpoints: good paths, problems for bad input, and access rules. */
class SchemaApiTests extends SchemaContext {

    private static final String BASE = "/v1/masterdata/idschema";

    @Autowired
    MockMvcTester mvc;

    @Test
    void publishesANewVersionWithItsLocationAndAuditsIt() {
        ObjectNode document = newerDemoDocument();
        String version = document.path("version").asString();

        var response = mvc.post()
                .uri(BASE)
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content(document.toString())
                .exchange();

        assertThat(response)
                .hasStatus(HttpStatus.CREATED)
                .hasHeader("Location", "http://localhost" + BASE + "/" + version);
        assertThat(response).bodyJson().extractingPath("$.version").isEqualTo(version);
        assertThat(response)
                .bodyJson()
                .extractingPath("$.document.fields[1].id")
                .isEqualTo("UIN");
        assertThat(mvc.get().uri(BASE + "/latest").with(admin()))
                .bodyJson()
                .extractingPath("$.version")
                .isEqualTo(version);
        assertThat(mvc.get().uri(BASE + "/" + version).with(admin())).hasStatusOk();
        assertThat(mvc.get().uri(BASE + "/0.1").with(admin()))
                .bodyJson()
                .extractingPath("$.document.mandatoryLanguages")
                .asArray()
                .containsExactly("eng", "ara");
        assertThat(mvc.get().uri(BASE).with(admin()))
                .bodyJson()
                .extractingPath("$[0].version")
                .isEqualTo("0.1");
        assertThat(facts.stream())
                .anyMatch(f -> f.action().equals("SCHEMA_PUBLISHED")
                        && f.module().equals("masterdata")
                        && version.equals(f.detail())
                        && f.actor().equals("admin"));
    }

    @Test
    void publishingTheSameDocumentAgainAnswersOkWithoutANewVersion() {
        ObjectNode document = newerDemoDocument();
        mvc.post()
                .uri(BASE)
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content(document.toString())
                .exchange();

        var again = mvc.post()
                .uri(BASE)
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content(document.toString())
                .exchange();

        assertThat(again).hasStatusOk();
    }

    @Test
    void aBadDocumentIsAProblemNamingEveryFault() {
        ObjectNode document = newerDemoDocument();
        ((ObjectNode) document.get("fields").get(4)).put("type", "choice");
        ((ObjectNode) document.get("fields").get(5)).put("id", "gender");

        var response = mvc.post()
                .uri(BASE)
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content(document.toString())
                .exchange();

        assertThat(response)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response).bodyJson().extractingPath("$.code").isEqualTo("KER-IOV-005");
        assertThat(response)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains(
                        "fields[4] (gender).type: unknown type 'choice'", "fields[5].id: duplicate field id 'gender'");
        assertThat(facts.stream())
                .anyMatch(f -> f.action().equals("SCHEMA_PUBLISHED")
                        && f.outcome() == ActionTaken.Outcome.FAILURE
                        && "KER-IOV-005".equals(f.detail()));
    }

    @Test
    void malformedJsonAndUnknownVersionsAreProblems() {
        assertThat(mvc.post()
                        .uri(BASE)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        var missing = mvc.get().uri(BASE + "/99999.9").with(admin());
        assertThat(missing)
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(missing).bodyJson().extractingPath("$.code").isEqualTo("KER-MSD-404");
    }

    @Test
    void validatesAnIdentityWithMessagesInTheRequestedLanguage() {
        var response = mvc.post()
                .uri(BASE + "/validate?language=ara")
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"postalCode\":\"12\",\"nickname\":\"x\"}")
                .exchange();

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().extractingPath("$.valid").isEqualTo(false);
        assertThat(response)
                .bodyJson()
                .extractingPath("$.violations[?(@.path=='identity.postalCode')].message")
                .asArray()
                .containsExactly("صيغة الرمز البريدي غير صحيحة");
        assertThat(response)
                .bodyJson()
                .extractingPath("$.violations[?(@.path=='identity.fullName')].code")
                .asArray()
                .containsExactly("REQUIRED");
        var update = mvc.post()
                .uri(BASE + "/validate?purpose=UPDATE")
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"postalCode\":\"12345\"}")
                .exchange();
        assertThat(update).bodyJson().extractingPath("$.valid").isEqualTo(true);
    }

    @Test
    void badValidationParametersAreProblems() {
        for (String query : List.of("language=english", "purpose=DELETE")) {
            assertThat(mvc.post()
                            .uri(BASE + "/validate?" + query)
                            .with(admin())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .as(query)
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.code")
                    .isEqualTo("KER-MSD-999");
        }
    }

    @Test
    void onlyAdministratorsMayUseTheSchemaEndpoints() {
        assertThat(mvc.get().uri(BASE + "/latest")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.post()
                        .uri(BASE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newerDemoDocument().toString()))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri(BASE + "/latest").with(httpBasic("admin", "wrong")))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri(BASE + "/latest").with(httpBasic(CLIENT, CLIENT_PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri(BASE + "/validate")
                        .with(httpBasic(CLIENT, CLIENT_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    static RequestPostProcessor admin() {
        return httpBasic("admin", ADMIN_PASSWORD);
    }
}
