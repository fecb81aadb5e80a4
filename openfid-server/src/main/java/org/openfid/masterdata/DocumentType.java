package org.openfid.masterdata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/**
 * A kind of document (passport, utility bill, birth certificate, ...) and the categories it is
 * accepted for: a passport proves identity and birth, a utility bill only an address.
 */
public record DocumentType(
        @NotBlank @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE)
        String code,

        @Multilingual Map<String, String> names,
        @NotEmpty List<@NotBlank String> categories,
        boolean active,
        long version)
        implements ReferenceRecord {

    @Override
    public String key() {
        return code;
    }
}
