package org.openfid.identity.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openfid.identity.AuthTypeLocks;
import org.openfid.identity.AuthTypeLocks.AuthTypeStatus;
import org.openfid.identity.IdType;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IndividualId;
import org.openfid.identity.web.IdRepoRequests.AuthType;
import org.openfid.identity.web.IdRepoRequests.AuthTypesRequest;
import org.openfid.platform.MosipEnvelope.Request;
import org.openfid.platform.MosipEnvelope.Response;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** MOSIP's auth-type lock endpoints. */
@RestController
@RequestMapping("/idrepository/v1/identity/authtypes/status")
class AuthTypeController {

    private final AuthTypeLocks locks;
    private final Clock clock;

    AuthTypeController(AuthTypeLocks locks, Clock clock) {
        this.locks = locks;
        this.clock = clock;
    }

    @PostMapping
    Response<Map<String, String>> change(@Valid @RequestBody Request<AuthTypesRequest> envelope) {
        AuthTypesRequest request = envelope.request();
        if (request.authTypes() == null || request.authTypes().isEmpty()) {
            throw new IdentityException(IdentityError.MISSING_INPUT, "authTypes is required");
        }
        Instant now = clock.instant();
        List<AuthTypeStatus> changes =
                request.authTypes().stream().map(type -> status(type, now)).toList();
        locks.change(
                new IndividualId(IdRepoRequests.idType(request.individualIdType(), IdType.UIN), request.individualId()),
                changes);
        return Response.ok("mosip.idrepo.auth.type.status", Map.of("status", "Updated"), now);
    }

    @GetMapping("/individualIdType/{idType}/individualId/{id}")
    Response<Map<String, List<AuthTypeStatus>>> statuses(@PathVariable String idType, @PathVariable String id) {
        return Response.ok(
                "mosip.idrepo.auth.type.status",
                Map.of("authTypes", locks.statuses(new IndividualId(IdRepoRequests.idType(idType, IdType.UIN), id))),
                clock.instant());
    }

    /** MOSIP's short form: the id is a UIN. */
    @GetMapping("/{id}")
    Response<Map<String, List<AuthTypeStatus>>> statusesOfUin(@PathVariable String id) {
        return statuses("UIN", id);
    }

    private static AuthTypeStatus status(AuthType type, Instant now) {
        if (type.unlockForSeconds() != null) {
            if (type.locked() || type.unlockForSeconds() <= 0) {
                throw new IdentityException(
                        IdentityError.INVALID_INPUT, "unlockForSeconds needs locked=false and a positive value");
            }
            return new AuthTypeStatus(type.authType(), false, now.plusSeconds(type.unlockForSeconds()));
        }
        if (type.until() != null && !type.until().isAfter(now)) {
            throw new IdentityException(IdentityError.INVALID_INPUT, "until must be in the future");
        }
        return new AuthTypeStatus(type.authType(), type.locked(), type.until());
    }
}
