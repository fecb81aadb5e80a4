package org.openfid.identity;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partial update of an identity (MOSIP's {@code mosip.id.update}): only the fields and documents
 * given change; every other field keeps its value.
 *
 * @param rid the enrolment (update packet) making the change; names the new version
 * @param uin whose identity changes
 * @param identity the changed fields only
 * @param documents replaced documents or biometric records
 * @param expectedVersion the version the caller read; when another change came first the update
 *     fails with {@code CONCURRENT_UPDATE}. {@code null} means the version current when the update
 *     starts (it still fails rather than overwrite a change that commits meanwhile)
 */
public record IdentityChange(
        Rid rid,
        Uin uin,
        ObjectNode identity,
        List<IdentityDocument> documents,
        @Nullable Integer expectedVersion) {

    public IdentityChange {
        Objects.requireNonNull(rid, "rid must not be null");
        Objects.requireNonNull(uin, "uin must not be null");
        Objects.requireNonNull(identity, "identity must not be null");
        documents = List.copyOf(documents);
    }

    @Override
    public String toString() {
        return "IdentityChange[" + rid + "]";
    }
}
