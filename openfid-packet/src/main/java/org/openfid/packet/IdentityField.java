package org.openfid.packet;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A demographic field of {@code ID.json}, with its value in MOSIP's JSON shape: a list of {@code
 * {language, value}} for simple types, a plain string for phone, e-mail and date of birth ({@code
 * yyyy/MM/dd}), a number or string otherwise.
 */
public record IdentityField(String name, JsonNode value, FieldCategory category) {
    public IdentityField {
        Names.requireFieldName(name);
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(category, "category");
    }
}
