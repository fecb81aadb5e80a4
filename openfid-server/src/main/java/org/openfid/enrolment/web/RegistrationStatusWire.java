package org.openfid.enrolment.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.intake.SyncItem;

/** The JSON shapes of MOSIP's registration status service (sync and search). */
final class RegistrationStatusWire {

    static final String SYNC_ID = "mosip.registration.sync";
    static final String STATUS_ID = "mosip.registration.status";
    static final String PACKET_ID = "mosip.registration.packet";

    private RegistrationStatusWire() {}

    /** {@code {id, version, requesttime, request: [...]}} of the sync. */
    record SyncRequest(
            @Nullable String id,
            @Nullable String version,
            @Nullable String requesttime,
            @Nullable List<@Nullable SyncItem> request) {}

    /** {@code {id, version, requesttime, request: [{registrationId}]}} of the search. */
    record SearchRequest(
            @Nullable String id,
            @Nullable String version,
            @Nullable String requesttime,
            @Nullable List<@Nullable SearchItem> request) {}

    record SearchItem(@Nullable String registrationId) {}

    /** A response whose errors carry a registration id each (sync and search). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Response<T>(
            String id,
            String version,
            String responsetime,
            @Nullable List<T> response,
            @Nullable List<Failure> errors) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SyncSuccess(String registrationId, String status) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Failure(
            @Nullable String registrationId, @Nullable String status, String errorCode, String errorMessage) {}

    record Status(String registrationId, String statusCode) {}
}
