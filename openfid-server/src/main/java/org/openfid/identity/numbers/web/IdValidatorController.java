package org.openfid.identity.numbers.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.NumberRule;
import org.openfid.platform.MosipEnvelope.Request;
import org.openfid.platform.MosipEnvelope.Response;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks a UIN, VID or RID against the configured rules and says which rule it breaks. MOSIP has
 * these validators only as a library; the path form mirrors its other kernel endpoints, and the
 * POST form keeps the number out of URLs (and so out of proxies' and browsers' logs).
 */
@RestController
@RequestMapping("/v1/idvalidator")
class IdValidatorController {

    private final IdNumbers numbers;
    private final Clock clock;

    IdValidatorController(IdNumbers numbers, Clock clock) {
        this.numbers = numbers;
        this.clock = clock;
    }

    @GetMapping("/{type}/{value}")
    Response<Map<String, Object>> check(@PathVariable String type, @PathVariable String value) {
        return Response.ok(null, verdict(type, value), clock.instant());
    }

    @PostMapping("/{type}")
    Response<Map<String, Object>> checkBody(@PathVariable String type, @Valid @RequestBody Request<Value> envelope) {
        Value request = envelope.request();
        return Response.ok(
                envelope.id(), verdict(type, request == null ? "" : String.valueOf(request.value())), clock.instant());
    }

    private Map<String, Object> verdict(String type, String value) {
        Optional<NumberRule> broken = switch (type) {
            case "uin" -> numbers.uinViolation(value);
            case "vid" -> numbers.vidViolation(value);
            case "rid" -> numbers.ridViolation(value);
            default -> throw new IdentityException(IdentityError.INVALID_INPUT, "type must be uin, vid or rid");
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toUpperCase(java.util.Locale.ROOT));
        body.put("valid", broken.isEmpty());
        body.put("rule", broken.map(Enum::name).orElse(null));
        return body;
    }

    /** {@code {value}}: the number to check. */
    record Value(
            @NotNull(message = "value must be present") @Nullable
            String value) {}
}
