package org.openfid.masterdata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A language the country works in. Every multilingual text (names, labels, templates) is keyed by
 * these codes; right-to-left languages change how pages and cards are laid out.
 *
 * @param code ISO 639-3 code, for example {@code eng} or {@code ara}
 * @param name English name
 * @param nativeName the language's name in itself
 * @param rightToLeft whether the script runs right to left
 */
public record Language(
        @NotBlank @Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE)
        String code,

        @NotBlank @Size(max = 64) String name,
        @NotBlank @Size(max = 64) String nativeName,
        boolean rightToLeft,
        boolean active,
        long version)
        implements ReferenceRecord {

    @Override
    public String key() {
        return code;
    }
}
