package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.openfid.enrolment.CaseStatus;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The staff pages' protections: sign-in by form only (no Basic on pages), the adjudicator role, CSRF
 * tokens on decisions, escaping and no echo of refused input.
 */
class AdjudicationPageSecurityTests extends AdjudicationContext {

    private static final String PAGES = "/console/adjudications";

    @Test
    void pagesNeedASignedInAdjudicator() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(get(PAGES)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        // the API's Basic credentials do not open a page session
        assertThat(mvc.perform(get(PAGES).header("Authorization", ADJUDICATOR))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(mvc.perform(get(PAGES).with(user("clerk").roles("REGISTRATION_CLIENT", "ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse queue = mvc.perform(
                        get(PAGES).with(user("adjudicator").roles("ADJUDICATOR")))
                .andReturn()
                .getResponse();
        assertThat(queue.getStatus()).isEqualTo(200);
        assertThat(queue.getHeader("Content-Security-Policy")).contains("script-src 'none'");
    }

    @Test
    void aDecisionWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String rid = pausedCase();

        MockHttpServletResponse refused = mvc.perform(post(PAGES + "/" + rid + "/decision")
                        .param("verdict", "DUPLICATE")
                        .with(user("adjudicator").roles("ADJUDICATOR")))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(status(rid)).isEqualTo(CaseStatus.PAUSED);
        String page = mvc.perform(
                        get(PAGES + "/" + rid).with(user("adjudicator").roles("ADJUDICATOR")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Not decided").contains("name=\"_csrf\"");
    }

    @Test
    void refusedDecisionsRenderAFixedMessageWithTheirStatus() throws Exception {
        String rid = pausedCase();
        String decision = PAGES + "/" + rid + "/decision";

        MockHttpServletResponse bad = mvc.perform(post(decision)
                        .param("verdict", "<script>SECRET</script>")
                        .with(csrf())
                        .with(user("adjudicator").roles("ADJUDICATOR")))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("verdict must be").doesNotContain("SECRET");

        MockHttpServletResponse decided = mvc.perform(post(decision)
                        .param("verdict", "DUPLICATE")
                        .with(csrf())
                        .with(user("adjudicator").roles("ADJUDICATOR")))
                .andReturn()
                .getResponse();
        assertThat(decided.getStatus()).isEqualTo(302);
        assertThat(decided.getRedirectedUrl()).isEqualTo(PAGES + "/" + rid + "?decided");

        MockHttpServletResponse again = mvc.perform(post(decision)
                        .param("verdict", "NOT_DUPLICATE")
                        .with(csrf())
                        .with(user("adjudicator").roles("ADJUDICATOR")))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("already been decided").contains("DUPLICATE by adjudicator");

        MockHttpServletResponse unknown = mvc.perform(get(PAGES + "/99999888887777720261123101530")
                        .with(user("adjudicator").roles("ADJUDICATOR")))
                .andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
    }
}
