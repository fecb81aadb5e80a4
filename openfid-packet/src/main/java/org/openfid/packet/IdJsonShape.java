package org.openfid.packet;

import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The value shapes {@code ID.json} allows: MOSIP's simple type (a list of language/value pairs), lists
 * of strings (for example {@code selectedHandles}), strings, numbers, booleans, and the document and
 * biometrics references.
 */
final class IdJsonShape {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    enum Kind {
        VALUE,
        DOCUMENT,
        BIOMETRICS,
        TOO_LONG,
        INVALID
    }

    private IdJsonShape() {}

    static boolean validName(String name) {
        return NAME.matcher(name).matches();
    }

    static Kind kind(JsonNode value, int maxChars) {
        if (value.isObject()) {
            return reference(value);
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (element.isString()) {
                    if (element.asString().length() > maxChars) {
                        return Kind.TOO_LONG;
                    }
                    continue;
                }
                if (!element.isObject()
                        || !element.path("language").isString()
                        || !element.path("value").isString()) {
                    return Kind.INVALID;
                }
                if (element.path("value").asString().length() > maxChars || element.size() > 2) {
                    return element.size() > 2 ? Kind.INVALID : Kind.TOO_LONG;
                }
            }
            return value.size() > 32 ? Kind.INVALID : Kind.VALUE;
        }
        if (value.isString()) {
            return value.asString().length() > maxChars ? Kind.TOO_LONG : Kind.VALUE;
        }
        return value.isNumber() || value.isBoolean() || value.isNull() ? Kind.VALUE : Kind.INVALID;
    }

    private static Kind reference(JsonNode value) {
        String format = value.path("format").asString("");
        String file = value.path("value").asString("");
        if (!validName(file)) {
            return Kind.INVALID;
        }
        if ("cbeff".equals(format)) {
            return Kind.BIOMETRICS;
        }
        return validName(format) && value.path("type").isString() ? Kind.DOCUMENT : Kind.INVALID;
    }
}
