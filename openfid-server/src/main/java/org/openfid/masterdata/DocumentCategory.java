package org.openfid.masterdata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/**
 * What a document proves: address ({@code POA}), identity ({@code POI}), relationship ({@code POR}),
 * birth ({@code POB}), an exception ({@code POE}), ...
 */
public record DocumentCategory(
        @NotBlank @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE)
        String code,

        @Multilingual Map<String, String> names,
        boolean active,
        long version)
        implements ReferenceRecord {

    @Override
    public String key() {
        return code;
    }
}
