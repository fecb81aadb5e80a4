package org.openfid.identity.record;

import java.nio.charset.StandardCharsets;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityProperties;
import org.openfid.keys.DataSeals;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeysException;
import org.springframework.stereotype.Component;

/**
 * Seals what the identity module stores: identity JSON, documents, update counts, reasons. Each is
 * bound by its AAD to the row it belongs to, so sealed bytes copied between records do not open.
 * With {@code openfid.identity.records.encryption=false} (the benchmark's comparison only) values
 * are stored as they are; each row says whether it is sealed, so both kinds can be read.
 */
@Component
public class RecordSealer {

    /** Key-encryption key of identity JSON, counts and reasons. */
    public static final KeyRef IDENTITY_DATA = KeyRef.of("ID_REPO", "IDENTITY_DATA");

    /** Key-encryption key of documents and biometric files. */
    public static final KeyRef DOCUMENT_DATA = KeyRef.of("ID_REPO", "DOCUMENT_DATA");

    private final DataSeals seals;
    private final boolean encryption;

    RecordSealer(DataSeals seals, IdentityProperties properties) {
        this.seals = seals;
        this.encryption = properties.records().encryption();
    }

    /** Whether new values are sealed. */
    public boolean sealing() {
        return encryption;
    }

    public byte[] seal(KeyRef kek, byte[] plaintext, String aad) {
        if (!encryption) {
            return plaintext;
        }
        try {
            return seals.seal(kek, plaintext, aad.getBytes(StandardCharsets.UTF_8));
        } catch (KeysException e) {
            throw new IdentityException(IdentityError.ENCRYPTION_FAILED, "The record could not be sealed", e);
        }
    }

    public byte[] open(KeyRef kek, byte[] stored, boolean sealed, String aad) {
        if (!sealed) {
            return stored;
        }
        try {
            return seals.open(kek, stored, aad.getBytes(StandardCharsets.UTF_8));
        } catch (KeysException e) {
            throw new IdentityException(IdentityError.ENCRYPTION_FAILED, "The record could not be opened", e);
        }
    }

    /** AAD of an identity version. */
    public static String versionAad(Object identityId, int version) {
        return "identity:" + identityId + ":" + version;
    }
}
