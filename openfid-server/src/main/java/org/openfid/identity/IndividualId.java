package org.openfid.identity;

import java.util.Objects;

/**
 * An identifier of a person together with its kind, for lookups. {@link #toString()} does not show
 * the value, so it never ends up in a log or a message.
 *
 * @param type the kind of identifier
 * @param value the identifier as given
 */
public record IndividualId(IdType type, String value) {

    public IndividualId {
        Objects.requireNonNull(type, "type must not be null");
        if (value == null || value.isBlank() || value.length() > 256) {
            throw new IdentityException(IdentityError.INVALID_INPUT, "individualId must be 1-256 characters");
        }
    }

    public static IndividualId of(Uin uin) {
        return new IndividualId(IdType.UIN, uin.value());
    }

    @Override
    public String toString() {
        return type + "(***)";
    }
}
