package org.openfid.authentication.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openfid.authentication.AuthenticationProperties;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.flow.Authenticator;
import org.openfid.authentication.flow.IdaAnswer;
import org.openfid.authentication.flow.OtpRequests;
import org.openfid.platform.AuditRecorder;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * MOSIP IDA's partner endpoints, {@code POST /idauthentication/v1/{auth|kyc|otp}/{mispLicenseKey}/
 * {partnerId}/{apiKey}}, served by one request handler ahead of the annotated controllers. These are
 * the platform's busiest paths: matching every request against all of the platform's annotated
 * mappings, resolving arguments and negotiating the response type cost about a fifth of what the
 * request's own non-cryptographic work costs, and bought nothing here: the body is read as bytes (the
 * signature covers exactly those bytes, and never beyond {@code maxRequestBytes}), the answer is
 * signed bytes. Every outcome, including a malformed path, an oversized body or a header the firewall
 * refuses, is an IDA response with MOSIP's error codes, signed. The platform's own modules use the
 * annotated {@link IdaController}.
 */
@Configuration(proxyBeanMethods = false)
class PartnerEndpoints {

    static final String BASE = "/idauthentication/v1/";
    private static final List<String> KINDS = List.of("auth", "kyc", "otp");

    /** The paths, with up to three parameters; longer paths fall through to a 404 as any unknown path. */
    @Bean
    SimpleUrlHandlerMapping partnerEndpointMapping(PartnerHandler handler) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (String kind : KINDS) {
            String path = BASE + kind;
            for (String parameters : List.of("", "/*", "/*/*", "/*/*/*")) {
                paths.put(path + parameters, handler);
            }
        }
        return new SimpleUrlHandlerMapping(paths, Ordered.HIGHEST_PRECEDENCE);
    }

    /**
     * The partner operations in the OpenAPI document (a request handler is invisible to springdoc's
     * scanning of annotated controllers): the path parameters, the signature header, MOSIP's request
     * and answer.
     */
    @Bean
    OpenApiCustomizer partnerEndpointDocumentation() {
        return openApi -> {
            for (String kind : KINDS) {
                openApi.path(
                        BASE + kind + "/{mispLicenseKey}/{partnerId}/{apiKey}", new PathItem().post(operation(kind)));
            }
        };
    }

    private static Operation operation(String kind) {
        String summary = switch (kind) {
            case "kyc" -> "e-KYC: authenticate and receive the attributes the policy allows, encrypted to the partner";
            case "otp" -> "Send a one-time password to the person's phone or e-mail";
            default -> "Authenticate a person (demographic, OTP, fingerprint, or a combination)";
        };
        var operation = new Operation()
                .operationId("ida-" + kind)
                .addTagsItem("MOSIP ID Authentication (partners)")
                .summary(summary)
                .description("MOSIP IDA's request (mosip.identity." + kind + "): the request part AES-GCM encrypted"
                        + " under a session key wrapped with RSA-OAEP to the IDA certificate named by thumbprint."
                        + " Refusals carry MOSIP's error codes. The answer is signed: response-signature header.")
                .requestBody(new RequestBody()
                        .required(true)
                        .content(new Content()
                                .addMediaType("application/json", new MediaType().schema(new ObjectSchema()))))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("MOSIP IDA answer, signed"))
                        .addApiResponse("413", new ApiResponse().description("Body over the size limit (IDA answer)")));
        for (String name : List.of("mispLicenseKey", "partnerId", "apiKey")) {
            operation.addParametersItem(
                    new PathParameter().name(name).required(true).schema(new StringSchema()));
        }
        return operation.addParametersItem(new HeaderParameter()
                .name("signature")
                .required(true)
                .description("JWS (RS256, x5c) by the partner's registered certificate over the exact body")
                .schema(new StringSchema()));
    }

    @Bean
    PartnerHandler partnerHandler(
            Authenticator authenticator,
            OtpRequests otps,
            IdaResponses responses,
            AuthenticationProperties properties,
            AuditRecorder audit) {
        return new PartnerHandler(authenticator, otps, responses, properties, audit);
    }

    /** Reads the path, the signature and the body, hands them to the flow and writes its signed answer. */
    static final class PartnerHandler implements HttpRequestHandler {

        private final Authenticator authenticator;
        private final OtpRequests otps;
        private final IdaResponses responses;
        private final AuthenticationProperties properties;
        private final AuditRecorder audit;

        PartnerHandler(
                Authenticator authenticator,
                OtpRequests otps,
                IdaResponses responses,
                AuthenticationProperties properties,
                AuditRecorder audit) {
            this.authenticator = authenticator;
            this.otps = otps;
            this.responses = responses;
            this.properties = properties;
            this.audit = audit;
        }

        @Override
        public void handleRequest(HttpServletRequest request, HttpServletResponse response)
                throws IOException, HttpRequestMethodNotSupportedException {
            if (!"POST".equals(request.getMethod())) {
                throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("POST"));
            }
            String[] parts = request.getRequestURI()
                    .substring(request.getContextPath().length() + BASE.length())
                    .split("/", -1);
            String kind = parts[0];
            String id = "mosip.identity." + kind;
            write(answer(kind, id, parts, request), response);
        }

        private ResponseEntity<byte[]> answer(String kind, String id, String[] parts, HttpServletRequest request)
                throws IOException {
            if (parts.length != 4 || parts[1].isEmpty() || parts[2].isEmpty() || parts[3].isEmpty()) {
                return refusal(id, IdaError.pathParametersMissing(), HttpStatus.OK);
            }
            String signature;
            try {
                signature = request.getHeader("signature");
            } catch (RequestRejectedException e) {
                // a control character in the header: found by the firewall when the header is read
                IdaError error = IdaError.invalid("request header");
                audit.failure("authentication", kind.toUpperCase(Locale.ROOT), null, error.errorCode());
                return refusal(id, error, HttpStatus.BAD_REQUEST);
            }
            byte[] body = RequestBodies.read(request, properties.maxRequestBytes());
            if (body == null) {
                return refusal(id, IdaError.invalid("request size"), HttpStatus.PAYLOAD_TOO_LARGE);
            }
            Authenticator.Call call;
            try {
                call = new Authenticator.Call(
                        kind.toUpperCase(Locale.ROOT),
                        decoded(parts[1]),
                        decoded(parts[2]),
                        decoded(parts[3]),
                        signature,
                        body);
            } catch (IllegalArgumentException e) {
                return refusal(id, IdaError.invalid("path"), HttpStatus.OK);
            }
            return switch (kind) {
                case "kyc" -> responses.kyc(authenticator.authenticate(call));
                case "otp" -> responses.otp(otps.request(call));
                default -> responses.auth(id, authenticator.authenticate(call));
            };
        }

        private ResponseEntity<byte[]> refusal(String id, IdaError error, HttpStatus status) {
            return responses.write(id, new IdaAnswer(null, false, null, List.of(error), null), null, status);
        }

        private static String decoded(String segment) {
            return UriUtils.decode(segment, StandardCharsets.UTF_8);
        }

        private static void write(ResponseEntity<byte[]> answer, HttpServletResponse response) throws IOException {
            response.setStatus(answer.getStatusCode().value());
            answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            byte[] body = answer.getBody();
            if (body != null) {
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        }
    }
}
