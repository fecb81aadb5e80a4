package org.openfid.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openfid.platform.RequestContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** Answers 401 and 403 as RFC 9457 problems, like every other error of the platform. */
@Component
class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final RequestContext requests;

    ProblemWriter(RequestContext requests) {
        this.requests = requests;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"openfid\"");
        write(response, 401, "UNAUTHENTICATED", "Authentication is required to access this resource");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException failure)
            throws IOException {
        write(response, 403, "FORBIDDEN", "The authenticated account may not access this resource");
    }

    private void write(HttpServletResponse response, int status, String code, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        // Values are fixed strings and a server-generated request id: no escaping is needed.
        response.getWriter()
                .write("{\"type\":\"https://openfid.org/problems/" + code + "\",\"title\":\""
                        + (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\",\"requestId\":\""
                        + requests.requestId() + "\"}");
    }
}
