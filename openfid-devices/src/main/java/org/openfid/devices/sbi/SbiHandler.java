package org.openfid.devices.sbi;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.openfid.devices.SbiError;
import org.openfid.devices.capture.SbiException;
import tools.jackson.databind.JsonNode;

/**
 * The SBI HTTP surface: {@code MOSIPDISC /device}, {@code MOSIPDINFO /info}, {@code CAPTURE} and
 * {@code RCAPTURE /capture}, {@code STREAM /stream}, and the CORS preflight browsers send before
 * calling these custom methods from a registration web page (with Chrome's private network access
 * header, since the page's origin is public and the device is on 127.0.0.1).
 *
 * <p>SBI errors are answered with HTTP 200 and the error object, as the specification does; only an
 * unknown method or path gets 404/405 (with SBI error 500 in the body). Logs name the method and the
 * error code, never a request value.
 */
public final class SbiHandler implements HttpHandler {

    static final String METHODS = "MOSIPDISC, MOSIPDINFO, CAPTURE, RCAPTURE, STREAM, OPTIONS";
    private static final int MAX_BODY = 64 * 1024;
    private static final System.Logger LOG = System.getLogger(SbiHandler.class.getName());

    private final DeviceDescriptions descriptions;
    private final CaptureEndpoint captures;
    private final PreviewStream stream;
    private final String location;

    SbiHandler(DeviceDescriptions descriptions, CaptureEndpoint captures, PreviewStream stream, String location) {
        this.descriptions = descriptions;
        this.captures = captures;
        this.stream = stream;
        this.location = location;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            var path = exchange.getRequestURI().getPath().replaceAll("/+$", "");
            corsHeaders(exchange);
            if (method.equals("OPTIONS")) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            try {
                route(exchange, method, path);
            } catch (RuntimeException e) {
                // the adapter edge: an unexpected failure answers SBI 102 without details, when it still can
                LOG.log(
                        System.Logger.Level.WARNING,
                        "{0} {1} failed: {2}",
                        method,
                        path,
                        e.getClass().getSimpleName());
                if (exchange.getResponseCode() == -1) {
                    var body = Json.object();
                    body.set("error", DeviceDescriptions.error(SbiError.EXTRACTION_ERROR));
                    answer(exchange, 500, body);
                }
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException {
        switch (path) {
            case "/device" -> {
                if (expect(exchange, method, "MOSIPDISC")) {
                    discover(exchange);
                }
            }
            case "/info" -> {
                if (expect(exchange, method, "MOSIPDINFO")) {
                    answer(exchange, 200, descriptions.info());
                }
            }
            case "/capture" -> {
                if (method.equals("CAPTURE") || method.equals("RCAPTURE")) {
                    capture(exchange, method.equals("CAPTURE"));
                } else {
                    refuse(exchange, 405);
                }
            }
            case "/stream" -> {
                if (expect(exchange, method, "STREAM")) {
                    stream.serve(exchange);
                }
            }
            default -> refuse(exchange, 404);
        }
    }

    private void discover(HttpExchange exchange) throws IOException {
        try {
            answer(exchange, 200, descriptions.discover(body(exchange)));
        } catch (SbiException e) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "MOSIPDISC refused with SBI error {0}",
                    e.error().errorCode());
            var item = Json.object();
            item.set("error", DeviceDescriptions.error(e.error()));
            answer(exchange, 200, Json.MAPPER.createArrayNode().add(item));
        }
    }

    private void capture(HttpExchange exchange, boolean auth) throws IOException {
        var verb = auth ? "CAPTURE" : "RCAPTURE";
        JsonNode response;
        try {
            response = captures.capture(auth, body(exchange));
            LOG.log(System.Logger.Level.INFO, "{0} answered", verb);
        } catch (SbiException e) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "{0} refused with SBI error {1}",
                    verb,
                    e.error().errorCode());
            response = CaptureEndpoint.refusal(e.error());
        } catch (RuntimeException e) {
            // the adapter edge: a failure inside the capture becomes SBI 102, never a stack trace to the client
            LOG.log(
                    System.Logger.Level.WARNING,
                    "{0} failed: {1}",
                    verb,
                    e.getClass().getSimpleName());
            response = CaptureEndpoint.refusal(SbiError.EXTRACTION_ERROR);
        }
        answer(exchange, 200, response);
    }

    private boolean expect(HttpExchange exchange, String method, String expected) throws IOException {
        if (method.equals(expected)) {
            return true;
        }
        refuse(exchange, 405);
        return false;
    }

    private void refuse(HttpExchange exchange, int status) throws IOException {
        var body = Json.object();
        body.set("error", DeviceDescriptions.error(SbiError.UNKNOWN_REQUEST));
        if (status == 405) {
            exchange.getResponseHeaders().set("Allow", METHODS);
        }
        answer(exchange, status, body);
    }

    /** The request body as UTF-8 text; 502 when larger than 64 KiB or not UTF-8. */
    static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            var bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new SbiException(SbiError.MALFORMED_REQUEST);
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SbiException(SbiError.MALFORMED_REQUEST);
        }
    }

    private void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        var bytes = Json.bytes(body);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Cache-Control", "no-store");
        headers.set("Location", location);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void corsHeaders(HttpExchange exchange) {
        Headers request = exchange.getRequestHeaders();
        Headers response = exchange.getResponseHeaders();
        response.set("Access-Control-Allow-Origin", "*");
        response.set("Access-Control-Allow-Methods", METHODS);
        var asked = request.getFirst("Access-Control-Request-Headers");
        response.set("Access-Control-Allow-Headers", asked == null || asked.isBlank() ? "Content-Type" : asked);
        response.set("Access-Control-Max-Age", "600");
        if ("true".equalsIgnoreCase(request.getFirst("Access-Control-Request-Private-Network"))) {
            response.set("Access-Control-Allow-Private-Network", "true");
        }
    }
}
