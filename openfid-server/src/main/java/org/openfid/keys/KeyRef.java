package org.openfid.keys;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names the purpose of a key the way MOSIP's keymanager does: an application id (which component,
 * for example {@code IDA} or {@code REGISTRATION}) and a reference id (which use within it, for
 * example {@code SIGN} or a {@code centre_machine} pair). The empty reference names the
 * application's own key. A purpose has a series of versions; see {@link KeyRing}.
 *
 * @param application upper-case application id, 1-64 of {@code A-Z 0-9 _}
 * @param reference reference id, 0-128 of {@code A-Z a-z 0-9 _ . : -}
 */
public record KeyRef(String application, String reference) {

    private static final Pattern APPLICATION = Pattern.compile("[A-Z0-9_]{1,64}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_.:-]{0,128}");

    public KeyRef {
        Objects.requireNonNull(application, "application must not be null");
        Objects.requireNonNull(reference, "reference must not be null");
        if (!APPLICATION.matcher(application).matches()) {
            throw new KeysException(KeysError.INVALID_REQUEST, "applicationId must be 1-64 of A-Z, 0-9 and _");
        }
        if (!REFERENCE.matcher(reference).matches()) {
            throw new KeysException(KeysError.INVALID_REQUEST, "referenceId must be 0-128 of A-Z, a-z, 0-9, _ . : -");
        }
    }

    /** A key reference; {@code reference} may be empty. */
    public static KeyRef of(String application, String reference) {
        return new KeyRef(application, reference);
    }

    @Override
    public String toString() {
        return reference.isEmpty() ? application : application + "/" + reference;
    }
}
