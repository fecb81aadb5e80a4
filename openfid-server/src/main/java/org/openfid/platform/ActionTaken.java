package org.openfid.platform;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The fact that an auditable action happened: published by the module that did it, recorded by the
 * audit trail. It carries no PII: the target is a keyed hash computed by the publisher, and the
 * outcome detail is an error code, never a message built from input.
 *
 * @param id unique id of this fact, so a redelivered event is recorded once
 * @param module the module that acted, for example {@code keys}
 * @param action what was done, for example {@code KEY_ROTATED}
 * @param actor the authenticated principal name (staff account or partner id), or {@code system}
 * @param partner the partner on whose behalf the call came, if any
 * @param targetHash keyed hash (hex) of the target identifier, if the action has a target
 * @param outcome success or failure
 * @param detail an error code on failure, a short fixed detail on success, or {@code null}
 * @param requestId the request correlation id
 * @param occurredAt when it happened
 */
public record ActionTaken(
        UUID id,
        String module,
        String action,
        String actor,
        @Nullable String partner,
        @Nullable String targetHash,
        Outcome outcome,
        @Nullable String detail,
        String requestId,
        Instant occurredAt) {

    /** Whether the action succeeded. */
    public enum Outcome {
        SUCCESS,
        FAILURE
    }

    public ActionTaken {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(module, "module must not be null");
        Objects.requireNonNull(action, "action must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(requestId, "requestId must not be null");
        Objects.requireNonNull(occurredAt, "occurredAt must not be null");
    }
}
