package org.openfid.masterdata;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A list of allowed values for a dynamic identity field (gender, residence status, ...): the schema
 * says a field takes its value from a list; the stored value is the entry's code, the labels are
 * shown to people.
 *
 * @param name the list's name as the identity schema refers to it, for example {@code gender}
 */
public record DynamicField(
        @NotBlank
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,63}", message = "must be a letter then up to 63 of A-Z, a-z, 0-9, _")
        String name,

        @Nullable @Size(max = 256) String description,
        @NotEmpty List<@NotNull @Valid Entry> entries,
        boolean active,
        long version)
        implements ReferenceRecord {

    @Override
    public String key() {
        return name;
    }

    /**
     * One allowed value.
     *
     * @param code the stored code, for example {@code FLE}
     * @param labels its label per language
     */
    public record Entry(
            @NotBlank @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE)
            String code,

            @Multilingual Map<String, String> labels) {}
}
