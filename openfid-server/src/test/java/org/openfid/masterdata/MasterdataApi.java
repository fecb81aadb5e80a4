package org.openfid.masterdata;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the master data REST API as the administrator, the service account or nobody. */
@TestComponent
public class MasterdataApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** Who calls. */
    public enum Caller {
        ADMIN,
        SERVICE,
        ANONYMOUS
    }

    private final MockMvcTester mvc;

    MasterdataApi(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    public MvcTestResult get(Caller caller, String path) {
        return mvc.get().uri(path).with(as(caller)).exchange();
    }

    public MvcTestResult post(Caller caller, String path, Object body) {
        return withBody(mvc.post().uri(path), caller, body);
    }

    public MvcTestResult put(Caller caller, String path, Object body) {
        return withBody(mvc.put().uri(path), caller, body);
    }

    private static MvcTestResult withBody(MockMvcTester.MockMvcRequestBuilder request, Caller caller, Object body) {
        return request.with(as(caller))
                .contentType(MediaType.APPLICATION_JSON)
                .content(text(body))
                .exchange();
    }

    public MvcTestResult delete(Caller caller, String path) {
        return mvc.delete().uri(path).with(as(caller)).exchange();
    }

    /** The response body as a JSON tree. */
    public static JsonNode body(MvcTestResult result) {
        try {
            return JSON.readTree(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON of a record or tree; strings are sent as they are. */
    public static String text(Object body) {
        return body instanceof String raw ? raw : JSON.writeValueAsString(body);
    }

    private static RequestPostProcessor as(Caller caller) {
        return switch (caller) {
            case ADMIN -> httpBasic("admin", MasterdataTest.ADMIN_PASSWORD);
            case SERVICE -> httpBasic(MasterdataTest.SERVICE, MasterdataTest.SERVICE_PASSWORD);
            case ANONYMOUS -> request -> request;
        };
    }

    /** The problem's {@code code}, or null when the body is not a problem. */
    public static @Nullable String code(MvcTestResult result) {
        JsonNode code = body(result).path("code");
        return code.isMissingNode() ? null : code.asString();
    }
}
