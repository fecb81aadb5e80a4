package org.openfid.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drafts: the enrolment pipeline builds a record under its RID step by step and publishes it in one
 * transaction (creating the identity, or updating it when the draft was made from an existing UIN).
 * Drafts are sealed at rest like records.
 */
public interface IdentityDrafts {

    /**
     * Starts a draft: empty, or a copy of the current identity of {@code uin} for an update.
     *
     * @throws IdentityException {@code RECORD_EXISTS} when the RID has a draft or made a version
     */
    Draft create(Rid rid, @Nullable Uin uin);

    /**
     * Merges fields and replaces documents in a draft.
     *
     * @throws IdentityException {@code DRAFT_NOT_FOUND}; schema violations of the given fields
     */
    Draft update(Rid rid, ObjectNode identity, List<IdentityDocument> documents);

    /** The draft, or {@code DRAFT_NOT_FOUND}. */
    Draft get(Rid rid);

    boolean exists(Rid rid);

    /**
     * Publishes the draft as a new identity or a new version, and removes it, atomically.
     *
     * @throws IdentityException {@code DRAFT_NOT_FOUND}, or the failures of {@link Identities#create}
     *     and {@link Identities#update} (the draft then stays)
     */
    Identities.IdentityRef publish(Rid rid);

    /** Removes a draft, or {@code DRAFT_NOT_FOUND}. */
    void discard(Rid rid);

    /**
     * A draft.
     *
     * @param rid its registration id
     * @param identity the identity JSON so far
     * @param documents the documents given so far (for an update: only the replaced ones)
     * @param base for an update, the identity and version it started from
     */
    record Draft(
            Rid rid, ObjectNode identity, List<IdentityDocument> documents, Identities.@Nullable IdentityRef base) {

        public Draft {
            documents = List.copyOf(documents);
        }

        @Override
        public String toString() {
            return "Draft[" + rid + "]";
        }
    }
}
