package org.openfid.masterdata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A text in one language with {@code ${placeholder}}s, for notifications and cards. One code has a
 * template per language; the key in URLs is {@code code.language}, for example
 * {@code UIN_ISSUED_EMAIL.eng}.
 *
 * @param subject the e-mail subject (absent for SMS and cards)
 */
public record Template(
        @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,64}", message = "must be 2-64 of A-Z, 0-9 and _")
        String code,

        @NotBlank @Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE)
        String language,

        @NotNull TemplateType type,
        @Nullable @Size(max = 256) String subject,
        @NotBlank @Size(max = 20_000) String body,
        boolean active,
        long version)
        implements ReferenceRecord {

    @Override
    public String key() {
        return code + "." + language;
    }
}
