package org.openfid.masterdata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A registration machine bound to a centre. Packets it creates are signed with the private half of
 * {@code signingKey}; the server checks them against this public key, found by its thumbprint.
 *
 * @param id five digits, the second part of every RID the machine issues
 * @param signingKey PEM public key ({@code BEGIN PUBLIC KEY}) the machine signs packets with
 * @param signingKeyThumbprint hex SHA-256 of the signing key's DER encoding (computed on write)
 * @param encryptionKey PEM public key used to encrypt data for the machine (for example synced settings)
 * @param encryptionKeyThumbprint hex SHA-256 of the encryption key's DER encoding (computed on write)
 */
public record Machine(
        @NotBlank @Pattern(regexp = Patterns.FIVE_DIGITS, message = Patterns.FIVE_DIGITS_MESSAGE)
        String id,

        @NotBlank @Size(max = 128) String name,
        @NotBlank @Size(max = 128) String serial,

        @NotBlank @Pattern(regexp = Patterns.FIVE_DIGITS, message = Patterns.FIVE_DIGITS_MESSAGE)
        String centreId,

        @NotBlank String signingKey,
        @Nullable String signingKeyThumbprint,
        @NotBlank String encryptionKey,
        @Nullable String encryptionKeyThumbprint,
        boolean active,
        long version)
        implements ReferenceRecord {

    @Override
    public String key() {
        return id;
    }

    /** The typed id. */
    public MachineId machineId() {
        return new MachineId(id);
    }

    /** The typed id of the machine's centre. */
    public CentreId centre() {
        return new CentreId(centreId);
    }
}
