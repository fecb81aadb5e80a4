package org.openfid.identity.web;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.IdType;
import org.openfid.identity.IdentityDocument;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.ReadScope;
import tools.jackson.databind.node.ObjectNode;

/** Request and response bodies of the ID repository endpoints, in MOSIP's field names. */
final class IdRepoRequests {

    private IdRepoRequests() {}

    /** A document as MOSIP sends it: the schema field and the base64url bytes. */
    record Document(
            @NotBlank(message = "documents[].category is required")
            String category,

            @Nullable String value) {

        IdentityDocument decode() {
            if (value == null || value.isEmpty()) {
                throw new IdentityException(IdentityError.MISSING_INPUT, "documents[].value is required");
            }
            try {
                return new IdentityDocument(
                        category,
                        Base64.getUrlDecoder().decode(value.replace('=', ' ').trim()));
            } catch (IllegalArgumentException e) {
                throw new IdentityException(IdentityError.INVALID_INPUT, "documents[].value must be base64url");
            }
        }

        static Document of(IdentityDocument document) {
            return new Document(
                    document.category(), Base64.getUrlEncoder().withoutPadding().encodeToString(document.content()));
        }
    }

    /** Create and update ({@code mosip.id.create}, {@code mosip.id.update}). */
    record IdentityRequest(
            @Nullable String registrationId,
            @Nullable String uin,
            @Nullable String status,
            @Nullable Integer version,
            @Nullable ObjectNode identity,
            @Nullable List<Document> documents) {

        List<IdentityDocument> files() {
            return documents == null
                    ? List.of()
                    : documents.stream().map(Document::decode).toList();
        }
    }

    /** Retrieval by body (keeps identifiers out of URLs). */
    record RetrieveRequest(
            @NotBlank(message = "individualId is required") String individualId,
            @Nullable String individualIdType,
            @Nullable String type) {}

    /** A status change with its reason. */
    record StatusRequest(
            @NotBlank(message = "individualId is required") String individualId,
            @Nullable String individualIdType,
            @NotBlank(message = "status is required") String status,
            @NotBlank(message = "reason is required") String reason) {}

    /** Auth-type lock request (MOSIP's {@code mosip.idrepo.auth.type.status}). */
    record AuthTypesRequest(
            @NotBlank(message = "individualId is required") String individualId,
            @Nullable String individualIdType,
            @Nullable List<AuthType> authTypes) {}

    /** One auth type's new status; {@code unlockForSeconds} or {@code lockUntil} end it by itself. */
    record AuthType(
            @NotBlank(message = "authType is required") String authType,
            boolean locked,
            @Nullable Long unlockForSeconds,
            @Nullable Instant until) {}

    /** What a read returns. */
    record IdentityResponse(
            String status,
            int version,
            @Nullable ObjectNode identity,
            @Nullable List<Document> documents) {}

    static IdType idType(@Nullable String value, IdType fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return IdType.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IdentityException(IdentityError.INVALID_INPUT, "idType must be UIN, VID, HANDLE or RID");
        }
    }

    /** The scope of {@code type}; {@code null} (no type) reads the identity JSON only, as MOSIP. */
    static @Nullable ReadScope scope(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReadScope.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IdentityException(IdentityError.INVALID_INPUT, "type must be bio, demo or all");
        }
    }
}
