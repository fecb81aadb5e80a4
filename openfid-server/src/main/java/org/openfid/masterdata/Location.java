package org.openfid.masterdata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A node of the location tree (country, region, province, city, zone, postal code).
 *
 * @param code unique code, for example {@code RSK} or {@code 14022}
 * @param parentCode the node one level up; absent only for the country
 * @param names the node's name per language code
 */
public record Location(
        @NotBlank @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE)
        String code,

        @NotNull LocationLevel level,
        @Nullable String parentCode,
        @Multilingual Map<String, String> names,
        boolean active,
        long version)
        implements ReferenceRecord {

    @Override
    public String key() {
        return code;
    }
}
