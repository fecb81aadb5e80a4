package org.openfid.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * The internal id of an identity record. Unlike the UIN it reveals nothing about the person, so it is
 * what events, audit details, VIDs and other modules' tables refer to.
 */
public record IdentityId(UUID value) {

    public IdentityId {
        Objects.requireNonNull(value, "value must not be null");
    }

    public static IdentityId random() {
        return new IdentityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
