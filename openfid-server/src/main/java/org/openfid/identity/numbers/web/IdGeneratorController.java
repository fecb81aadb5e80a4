package org.openfid.identity.numbers.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.Uin;
import org.openfid.identity.numbers.NumberIssuer;
import org.openfid.identity.numbers.NumberKind;
import org.openfid.platform.MosipEnvelope.Request;
import org.openfid.platform.MosipEnvelope.Response;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * MOSIP's idgenerator: {@code GET /uin} hands out an unused UIN as ISSUED; the caller then confirms
 * it with {@code PUT /uin {uin, status: ASSIGNED}} or returns it with {@code UNASSIGNED};
 * {@code GET /vid} hands out a VID. Handed-out numbers are recorded by keyed hash only.
 */
@RestController
@RequestMapping("/v1/idgenerator")
class IdGeneratorController {

    private final NumberIssuer numbers;
    private final Clock clock;

    IdGeneratorController(NumberIssuer numbers, Clock clock) {
        this.numbers = numbers;
        this.clock = clock;
    }

    @GetMapping("/uin")
    Response<Map<String, String>> uin() {
        return Response.ok(null, Map.of("uin", numbers.issue(NumberKind.UIN, "ISSUED")), clock.instant());
    }

    @GetMapping("/vid")
    Response<Map<String, String>> vid() {
        return Response.ok(null, Map.of("vid", numbers.issue(NumberKind.VID, "ISSUED")), clock.instant());
    }

    @PutMapping("/uin")
    Response<Map<String, String>> acknowledge(@Valid @RequestBody Request<UinStatusRequest> envelope) {
        UinStatusRequest request = envelope.request();
        if (request == null || request.uin() == null || !request.uin().matches("[0-9]{1,64}")) {
            throw new IdGeneratorFailure(IdGeneratorFailure.UIN_NOT_FOUND, "UIN could not be found");
        }
        boolean assigned = switch (String.valueOf(request.status())) {
            case "ASSIGNED" -> true;
            case "UNASSIGNED" -> false;
            default ->
                throw new IdGeneratorFailure(IdGeneratorFailure.UIN_STATUS_NOT_FOUND, "Given UIN status not found");
        };
        switch (numbers.acknowledge(new Uin(request.uin()), assigned)) {
            case NOT_FOUND -> throw new IdGeneratorFailure(IdGeneratorFailure.UIN_NOT_FOUND, "UIN could not be found");
            case NOT_ISSUED ->
                throw new IdGeneratorFailure(IdGeneratorFailure.UIN_NOT_ISSUED, "Given UIN is not in ISSUED status");
            case DONE -> {
                // acknowledged
            }
        }
        return Response.ok(
                envelope.id(),
                Map.of("uin", request.uin(), "status", String.valueOf(request.status())),
                clock.instant());
    }

    /** {@code {uin, status}} with status ASSIGNED or UNASSIGNED. */
    record UinStatusRequest(
            @NotBlank(message = "uin must not be blank") @Nullable
            String uin,

            @Nullable String status) {}
}
