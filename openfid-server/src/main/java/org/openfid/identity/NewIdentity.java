package org.openfid.identity;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request to create an identity (MOSIP's {@code mosip.id.create}).
 *
 * @param rid the enrolment creating it; a RID creates at most one identity
 * @param uin a UIN obtained beforehand (claimed, so it cannot be issued again); {@code null} to have
 *     one issued
 * @param identity the identity JSON, validated against the current schema
 * @param documents documents and biometric records, each under a document or biometrics field
 */
public record NewIdentity(Rid rid, @Nullable Uin uin, ObjectNode identity, List<IdentityDocument> documents) {

    public NewIdentity {
        Objects.requireNonNull(rid, "rid must not be null");
        Objects.requireNonNull(identity, "identity must not be null");
        documents = List.copyOf(documents);
    }

    @Override
    public String toString() {
        return "NewIdentity[" + rid + "]";
    }
}
