package org.openfid.identity;

import java.util.Objects;

/**
 * A document or biometric record of an identity: the schema field it belongs to ({@code category},
 * for example {@code proofOfAddress} or {@code individualBiometrics}) and its bytes (a PDF, CBEFF
 * XML, ...). Stored sealed in the blob store, never in the database.
 */
public record IdentityDocument(String category, byte[] content) {

    public IdentityDocument {
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(content, "content must not be null");
    }

    @Override
    public String toString() {
        return "IdentityDocument[" + category + ", " + content.length + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityDocument d
                && d.category.equals(category)
                && java.util.Arrays.equals(d.content, content);
    }

    @Override
    public int hashCode() {
        return category.hashCode() * 31 + java.util.Arrays.hashCode(content);
    }
}
