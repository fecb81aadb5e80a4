package org.openfid.identity.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.IdType;
import org.openfid.identity.Identities;
import org.openfid.identity.Identities.IdentityRef;
import org.openfid.identity.Identities.UpdateCount;
import org.openfid.identity.IdentityChange;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityRecord;
import org.openfid.identity.IndividualId;
import org.openfid.identity.NewIdentity;
import org.openfid.identity.ReadScope;
import org.openfid.identity.Rid;
import org.openfid.identity.Uin;
import org.openfid.identity.UinStatus;
import org.openfid.identity.web.IdRepoRequests.Document;
import org.openfid.identity.web.IdRepoRequests.IdentityRequest;
import org.openfid.identity.web.IdRepoRequests.IdentityResponse;
import org.openfid.identity.web.IdRepoRequests.RetrieveRequest;
import org.openfid.identity.web.IdRepoRequests.StatusRequest;
import org.openfid.platform.MosipEnvelope.Request;
import org.openfid.platform.MosipEnvelope.Response;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * MOSIP ID repository identity endpoints. Identifiers in paths are accepted for compatibility; the
 * {@code POST /idvid} form keeps them out of URLs (and so out of proxies' logs), and nothing here logs
 * a path.
 */
@RestController
@RequestMapping("/idrepository/v1/identity")
class IdentityController {

    private final Identities identities;
    private final Clock clock;

    IdentityController(Identities identities, Clock clock) {
        this.identities = identities;
        this.clock = clock;
    }

    @PostMapping({"", "/"})
    Response<IdentityResponse> create(@Valid @RequestBody Request<IdentityRequest> envelope) {
        IdentityRequest request = envelope.request();
        IdentityRef created = identities.create(new NewIdentity(
                rid(request.registrationId()),
                request.uin() == null ? null : uin(request.uin()),
                identity(request),
                request.files()));
        return Response.ok("mosip.id.create", summary(created), clock.instant());
    }

    @PatchMapping({"", "/"})
    Response<IdentityResponse> update(@Valid @RequestBody Request<IdentityRequest> envelope) {
        IdentityRequest request = envelope.request();
        if (request.uin() == null) {
            throw new IdentityException(IdentityError.MISSING_INPUT, "uin is required");
        }
        Uin uin = uin(request.uin());
        IdentityRef result = null;
        if (request.identity() != null || request.documents() != null) {
            result = identities.update(new IdentityChange(
                    rid(request.registrationId()), uin, identity(request), request.files(), request.version()));
        }
        if (request.status() != null) {
            result = identities.changeStatus(IndividualId.of(uin), status(request.status()), "update request");
        }
        if (result == null) {
            throw new IdentityException(IdentityError.MISSING_INPUT, "identity, documents or status is required");
        }
        return Response.ok("mosip.id.update", summary(result), clock.instant());
    }

    @GetMapping("/idvid/{id}")
    Response<IdentityResponse> read(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String idType) {
        return read(new IndividualId(IdRepoRequests.idType(idType, IdType.UIN), id), IdRepoRequests.scope(type));
    }

    @PostMapping({"/idvid", "/idvid/"})
    Response<IdentityResponse> readByBody(@Valid @RequestBody Request<RetrieveRequest> envelope) {
        RetrieveRequest request = envelope.request();
        return read(
                new IndividualId(IdRepoRequests.idType(request.individualIdType(), IdType.UIN), request.individualId()),
                IdRepoRequests.scope(request.type()));
    }

    @GetMapping("/rid/{rid}")
    Response<IdentityResponse> readByRid(
            @PathVariable String rid, @RequestParam(required = false) @Nullable String type) {
        return read(new IndividualId(IdType.RID, rid), IdRepoRequests.scope(type));
    }

    @GetMapping("/{id}/update-counts")
    Response<Map<String, UpdateCount>> updateCounts(
            @PathVariable String id, @RequestParam(required = false) @Nullable String idType) {
        return Response.ok(
                "mosip.id.update-count",
                identities.updateCounts(new IndividualId(IdRepoRequests.idType(idType, IdType.UIN), id)),
                clock.instant());
    }

    @PostMapping("/status")
    Response<IdentityResponse> changeStatus(@Valid @RequestBody Request<StatusRequest> envelope) {
        StatusRequest request = envelope.request();
        IdentityRef changed = identities.changeStatus(
                new IndividualId(IdRepoRequests.idType(request.individualIdType(), IdType.UIN), request.individualId()),
                status(request.status()),
                request.reason());
        return Response.ok("mosip.id.status", summary(changed), clock.instant());
    }

    private Response<IdentityResponse> read(IndividualId id, @Nullable ReadScope scope) {
        IdentityRecord record = identities.read(id, scope == null ? ReadScope.DEMO : scope);
        var documents = scope == null
                ? null
                : record.documents().stream().map(Document::of).toList();
        return Response.ok(
                "mosip.id.read",
                new IdentityResponse(record.status().name(), record.version(), record.identity(), documents),
                clock.instant());
    }

    /** Status and version, and the UIN (which the caller may not know when it was issued here). */
    static IdentityResponse summary(IdentityRef ref) {
        var identity = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        identity.put("UIN", ref.uin().value());
        return new IdentityResponse(ref.status().name(), ref.version(), identity, null);
    }

    private static tools.jackson.databind.node.ObjectNode identity(IdentityRequest request) {
        if (request.identity() == null) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        return request.identity();
    }

    static Rid rid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IdentityException(IdentityError.MISSING_INPUT, "registrationId is required");
        }
        return new Rid(value);
    }

    static Uin uin(String value) {
        if (!value.matches("[0-9]{1,64}")) {
            throw new IdentityException(IdentityError.INVALID_UIN, "uin must be digits");
        }
        return new Uin(value);
    }

    private static UinStatus status(String value) {
        try {
            return UinStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IdentityException(
                    IdentityError.INVALID_INPUT, "status must be ACTIVATED, BLOCKED or DEACTIVATED");
        }
    }
}
