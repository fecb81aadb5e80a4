package org.openfid.identity.vid.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.Uin;
import org.openfid.identity.Vid;
import org.openfid.identity.VidDetails;
import org.openfid.identity.VidStatus;
import org.openfid.identity.Vids;
import org.openfid.identity.Vids.CreatedVid;
import org.openfid.platform.MosipEnvelope;
import org.openfid.platform.MosipEnvelope.Request;
import org.openfid.platform.MosipEnvelope.Response;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * MOSIP's ID repository VID service. The path forms ({@code GET /vid/{VID}}, ...) are MOSIP's wire
 * format and kept for compatibility; the platform logs no request URI and audits VIDs by keyed hash
 * only. Each has a POST-body twin ({@code /vid/retrieve}, {@code /vid/list}, {@code /vid/status},
 * {@code /vid/regenerate}) for callers that keep numbers out of URLs.
 */
@RestController
@RequestMapping("/idrepository/v1/vid")
class VidController {

    private final Vids vids;
    private final Clock clock;

    VidController(Vids vids, Clock clock) {
        this.vids = vids;
        this.clock = clock;
    }

    @PostMapping
    Response<Map<String, Object>> create(@Valid @RequestBody Request<CreateRequest> envelope) {
        CreateRequest request = required(envelope.request());
        CreatedVid created = vids.create(uin(request.uin()), String.valueOf(request.vidType()));
        return Response.ok("mosip.vid.create", created(created), clock.instant());
    }

    @GetMapping("/{vid}")
    Response<Map<String, Object>> retrieve(@PathVariable String vid) {
        return Response.ok(
                "mosip.vid.read", Map.of("UIN", vids.resolve(vid(vid)).uin().value()), clock.instant());
    }

    @PostMapping("/retrieve")
    Response<Map<String, Object>> retrieveByBody(@Valid @RequestBody Request<VidRequest> envelope) {
        return retrieve(String.valueOf(required(envelope.request()).vid()));
    }

    @GetMapping("/uin/{uin}")
    Response<List<Map<String, Object>>> list(@PathVariable String uin) {
        return Response.ok(
                "mosip.vid.read",
                vids.list(uin(uin)).stream().map(VidController::shown).toList(),
                clock.instant());
    }

    @PostMapping("/list")
    Response<List<Map<String, Object>>> listByBody(@Valid @RequestBody Request<UinRequest> envelope) {
        return list(String.valueOf(required(envelope.request()).uin()));
    }

    @PatchMapping("/{vid}")
    Response<Map<String, Object>> changeStatus(
            @PathVariable String vid, @Valid @RequestBody Request<StatusRequest> envelope) {
        VidStatus status = status(required(envelope.request()).vidStatus());
        Vids.StatusChange change = vids.changeStatus(vid(vid), status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vidStatus", change.details().status().name());
        body.put("restoredVid", change.restored() == null ? null : created(change.restored()));
        return Response.ok("mosip.vid.update", body, clock.instant());
    }

    @PostMapping("/status")
    Response<Map<String, Object>> changeStatusByBody(@Valid @RequestBody Request<StatusRequest> envelope) {
        return changeStatus(String.valueOf(required(envelope.request()).vid()), envelope);
    }

    @PostMapping("/{vid}/regenerate")
    Response<Map<String, Object>> regenerate(@PathVariable String vid) {
        return Response.ok("mosip.vid.regenerate", created(vids.regenerate(vid(vid))), clock.instant());
    }

    @PostMapping("/regenerate")
    Response<Map<String, Object>> regenerateByBody(@Valid @RequestBody Request<VidRequest> envelope) {
        return regenerate(String.valueOf(required(envelope.request()).vid()));
    }

    @PostMapping("/deactivate")
    Response<Map<String, Object>> deactivate(@Valid @RequestBody Request<UinRequest> envelope) {
        vids.deactivateAll(uin(required(envelope.request()).uin()));
        return Response.ok("mosip.vid.deactivate", Map.of("vidStatus", "DEACTIVATED"), clock.instant());
    }

    @PostMapping("/reactivate")
    Response<Map<String, Object>> reactivate(@Valid @RequestBody Request<UinRequest> envelope) {
        vids.reactivateAll(uin(required(envelope.request()).uin()));
        return Response.ok("mosip.vid.reactivate", Map.of("vidStatus", "ACTIVE"), clock.instant());
    }

    private static Map<String, Object> created(CreatedVid created) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("VID", created.vid().value());
        body.put("vidStatus", created.details().status().name());
        body.put("vidType", created.details().type());
        body.put("expiryTimestamp", timestamp(created.details()));
        body.put("transactionLimit", created.details().transactionsLeft());
        return body;
    }

    private static Map<String, Object> shown(VidDetails vid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vid", vid.masked());
        body.put("vidType", vid.type());
        body.put("vidStatus", vid.status().name());
        body.put("generatedOn", MosipEnvelope.UTC_PATTERN.format(vid.generatedAt()));
        body.put("expiryTimestamp", timestamp(vid));
        body.put("transactionsLeftCount", vid.transactionsLeft());
        return body;
    }

    private static @Nullable String timestamp(VidDetails vid) {
        return vid.expiresAt() == null ? null : MosipEnvelope.UTC_PATTERN.format(vid.expiresAt());
    }

    private static <T> T required(@Nullable T request) {
        if (request == null) {
            throw new IdentityException(IdentityError.MISSING_INPUT, "request must be present");
        }
        return request;
    }

    private static Uin uin(@Nullable String value) {
        if (value == null || !value.matches("[0-9]{1,64}")) {
            throw new IdentityException(IdentityError.INVALID_UIN, "UIN must be digits");
        }
        return new Uin(value);
    }

    private static Vid vid(@Nullable String value) {
        if (value == null || !value.matches("[0-9]{1,64}")) {
            throw new IdentityException(IdentityError.INVALID_VID, "VID must be digits");
        }
        return new Vid(value);
    }

    private static VidStatus status(@Nullable String value) {
        for (VidStatus status : VidStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        throw new IdentityException(IdentityError.INVALID_INPUT, "vidStatus is not a VID status");
    }

    /** {@code {vidType, UIN}}. */
    record CreateRequest(
            @NotBlank(message = "vidType must not be blank") @Nullable
            String vidType,

            @NotBlank(message = "UIN must not be blank") @com.fasterxml.jackson.annotation.JsonProperty("UIN") @Nullable
            String uin) {}

    /** {@code {VID}}. */
    record VidRequest(
            @com.fasterxml.jackson.annotation.JsonProperty("VID") @Nullable
            String vid) {}

    /** {@code {UIN}}. */
    record UinRequest(
            @com.fasterxml.jackson.annotation.JsonProperty("UIN") @Nullable
            String uin) {}

    /** {@code {vidStatus}} (and {@code VID} in the POST-body form). */
    record StatusRequest(
            @NotBlank(message = "vidStatus must not be blank") @Nullable
            String vidStatus,

            @com.fasterxml.jackson.annotation.JsonProperty("VID") @Nullable
            String vid) {}
}
