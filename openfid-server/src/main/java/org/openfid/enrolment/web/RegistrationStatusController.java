package org.openfid.enrolment.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.EnrolmentException;
import org.openfid.enrolment.Enrolments;
import org.openfid.enrolment.intake.IntakeCodes;
import org.openfid.enrolment.intake.SyncBodies;
import org.openfid.enrolment.intake.SyncDesk;
import org.openfid.enrolment.intake.SyncItem;
import org.openfid.enrolment.intake.SyncOutcome;
import org.openfid.enrolment.intake.SyncQueries;
import org.openfid.enrolment.web.RegistrationStatusWire.Failure;
import org.openfid.enrolment.web.RegistrationStatusWire.Response;
import org.openfid.enrolment.web.RegistrationStatusWire.SearchItem;
import org.openfid.enrolment.web.RegistrationStatusWire.SearchRequest;
import org.openfid.enrolment.web.RegistrationStatusWire.Status;
import org.openfid.enrolment.web.RegistrationStatusWire.SyncRequest;
import org.openfid.enrolment.web.RegistrationStatusWire.SyncSuccess;
import org.openfid.identity.Rid;
import org.openfid.platform.MosipEnvelope;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * MOSIP's registration status service: the sync before an upload and the status search. Errors
 * travel with HTTP 200 in {@code errors[]}, one per registration id, as MOSIP's clients expect.
 */
@RestController
@RequestMapping("/registrationprocessor/v1/registrationstatus")
class RegistrationStatusController {

    private final SyncDesk desk;
    private final SyncQueries syncs;
    private final Enrolments enrolments;
    private final JsonMapper json;
    private final Clock clock;
    private final SyncBodies bodies;

    RegistrationStatusController(
            SyncDesk desk, SyncQueries syncs, Enrolments enrolments, JsonMapper json, Clock clock, SyncBodies bodies) {
        this.desk = desk;
        this.syncs = syncs;
        this.enrolments = enrolments;
        this.json = json;
        this.clock = clock;
        this.bodies = bodies;
    }

    @PostMapping(path = "/sync", produces = MediaType.APPLICATION_JSON_VALUE)
    Response<SyncSuccess> sync(
            @RequestHeader(name = "Center-Machine-RefId", required = false) @Nullable String centreMachine,
            @RequestBody(required = false) @Nullable String body) {
        List<@Nullable SyncItem> items;
        try {
            items = parse(opened(body, centreMachine), SyncRequest.class).request();
        } catch (EnrolmentException e) {
            return failed(RegistrationStatusWire.SYNC_ID, e.code(), e.getMessage());
        }
        if (items == null || items.isEmpty()) {
            return failed(RegistrationStatusWire.SYNC_ID, IntakeCodes.MISSING_VALUE, "Missing Request Value - request");
        }
        List<SyncOutcome> outcomes;
        try {
            outcomes = desk.sync(centreMachine, items);
        } catch (EnrolmentException e) {
            return failed(RegistrationStatusWire.SYNC_ID, e.code(), e.getMessage());
        }
        List<SyncSuccess> stored = new ArrayList<>();
        List<Failure> refused = new ArrayList<>();
        for (SyncOutcome outcome : outcomes) {
            if (outcome.success()) {
                stored.add(new SyncSuccess(outcome.registrationId(), "SUCCESS"));
            } else {
                refused.add(new Failure(outcome.registrationId(), "FAILURE", outcome.errorCode(), outcome.message()));
            }
        }
        return new Response<>(RegistrationStatusWire.SYNC_ID, "1.0", now(), stored, refused.isEmpty() ? null : refused);
    }

    @PostMapping(path = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
    Response<Status> search(@RequestBody(required = false) @Nullable String body) {
        List<@Nullable SearchItem> items;
        try {
            items = parse(body, SearchRequest.class).request();
        } catch (EnrolmentException e) {
            return failed(RegistrationStatusWire.STATUS_ID, e.code(), e.getMessage());
        }
        if (items == null || items.isEmpty()) {
            return failed(
                    RegistrationStatusWire.STATUS_ID, IntakeCodes.MISSING_VALUE, "Missing Request Value - request");
        }
        List<Status> found = new ArrayList<>();
        List<Failure> missing = new ArrayList<>();
        for (SearchItem item : items) {
            String rid = item == null ? null : item.registrationId();
            String status = rid == null || !rid.matches("[0-9]{29}") ? null : status(rid);
            if (status == null) {
                missing.add(new Failure(rid, null, IntakeCodes.RID_NOT_FOUND, "RID Not Found"));
            } else {
                found.add(new Status(rid, status));
            }
        }
        return new Response<>(
                RegistrationStatusWire.STATUS_ID, "1.0", now(), found, missing.isEmpty() ? null : missing);
    }

    /** The external status: the case's, or UPLOAD_PENDING while only the sync exists. */
    private @Nullable String status(String rid) {
        var enrolment = enrolments.find(new Rid(rid));
        if (enrolment.isPresent()) {
            return enrolment.get().status().external();
        }
        return syncs.synced(rid) ? "UPLOAD_PENDING" : null;
    }

    /** The sync's JSON: decrypted with the machine's registration key, or plain when allowed. */
    private @Nullable String opened(@Nullable String body, @Nullable String centreMachine) {
        if (body == null || body.isBlank() || centreMachine == null || !centreMachine.matches("[0-9]{5}_[0-9]{5}")) {
            return body; // refused below (missing request) or by the machine check with its own code
        }
        return bodies.open(body, centreMachine);
    }

    private <T> T parse(@Nullable String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new EnrolmentException(IntakeCodes.MISSING_VALUE, "Missing Request Value - request");
        }
        try {
            T parsed = json.readValue(body, type);
            if (parsed == null) {
                throw new EnrolmentException(IntakeCodes.MISSING_VALUE, "Missing Request Value - request");
            }
            return parsed;
        } catch (StreamReadException e) {
            throw new EnrolmentException(IntakeCodes.JSON_PARSING, "JSON Parsing Failed");
        } catch (JacksonException e) {
            throw new EnrolmentException(IntakeCodes.JSON_MAPPING, "JSON Mapping Failed");
        }
    }

    private <T> Response<T> failed(String id, String code, String message) {
        return new Response<>(id, "1.0", now(), null, List.of(new Failure(null, "FAILURE", code, message)));
    }

    private String now() {
        return MosipEnvelope.UTC_PATTERN.format(clock.instant());
    }
}
