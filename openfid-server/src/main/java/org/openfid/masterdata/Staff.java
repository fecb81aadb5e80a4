package org.openfid.masterdata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A staff member known to the country: roles and centre mapping only. Sign-in credentials belong to
 * the accounts that arrive later, never here.
 *
 * @param userId the sign-in name
 * @param centreId the centre the person works at; absent for back-office staff
 */
public record Staff(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_.@-]{3,64}", message = "must be 3-64 of A-Z, a-z, 0-9, _ . @ -")
        String userId,

        @NotBlank @Size(max = 128) String displayName,
        @NotEmpty Set<@NotNull StaffRole> roles,

        @Nullable @Pattern(regexp = Patterns.FIVE_DIGITS, message = Patterns.FIVE_DIGITS_MESSAGE)
        String centreId,

        boolean active,
        long version)
        implements ReferenceRecord {

    @Override
    public String key() {
        return userId;
    }
}
