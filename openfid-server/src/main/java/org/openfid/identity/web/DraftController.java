package org.openfid.identity.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.IdentityDrafts;
import org.openfid.identity.IdentityDrafts.Draft;
import org.openfid.identity.web.IdRepoRequests.Document;
import org.openfid.identity.web.IdRepoRequests.IdentityRequest;
import org.openfid.identity.web.IdRepoRequests.IdentityResponse;
import org.openfid.platform.MosipEnvelope.Request;
import org.openfid.platform.MosipEnvelope.Response;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** MOSIP's draft endpoints: the enrolment pipeline builds a record under its RID and publishes it. */
@RestController
@RequestMapping("/idrepository/v1/identity/draft")
class DraftController {

    private final IdentityDrafts drafts;
    private final Clock clock;

    DraftController(IdentityDrafts drafts, Clock clock) {
        this.drafts = drafts;
        this.clock = clock;
    }

    @PostMapping("/create/{rid}")
    Response<IdentityResponse> create(@PathVariable String rid, @RequestParam(required = false) @Nullable String uin) {
        Draft draft = drafts.create(IdentityController.rid(rid), uin == null ? null : IdentityController.uin(uin));
        return Response.ok("mosip.id.draft.create", view(draft), clock.instant());
    }

    @PatchMapping("/update/{rid}")
    Response<IdentityResponse> update(@PathVariable String rid, @Valid @RequestBody Request<IdentityRequest> envelope) {
        IdentityRequest request = envelope.request();
        Draft draft = drafts.update(
                IdentityController.rid(rid),
                request.identity() == null
                        ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        : request.identity(),
                request.files());
        return Response.ok("mosip.id.draft.update", view(draft), clock.instant());
    }

    @GetMapping("/publish/{rid}")
    Response<IdentityResponse> publish(@PathVariable String rid) {
        return Response.ok(
                "mosip.id.draft.publish",
                IdentityController.summary(drafts.publish(IdentityController.rid(rid))),
                clock.instant());
    }

    @DeleteMapping("/discard/{rid}")
    Response<Map<String, String>> discard(@PathVariable String rid) {
        drafts.discard(IdentityController.rid(rid));
        return Response.ok("mosip.id.draft.discard", Map.of("status", "DISCARDED"), clock.instant());
    }

    @RequestMapping(value = "/{rid}", method = RequestMethod.HEAD)
    ResponseEntity<Void> exists(@PathVariable String rid) {
        return drafts.exists(IdentityController.rid(rid))
                ? ResponseEntity.ok().build()
                : ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }

    @GetMapping("/{rid}")
    Response<IdentityResponse> get(@PathVariable String rid) {
        return Response.ok("mosip.id.draft.get", view(drafts.get(IdentityController.rid(rid))), clock.instant());
    }

    private static IdentityResponse view(Draft draft) {
        return new IdentityResponse(
                "DRAFT",
                draft.base() == null ? 0 : draft.base().version(),
                draft.identity(),
                draft.documents().stream().map(Document::of).toList());
    }
}
