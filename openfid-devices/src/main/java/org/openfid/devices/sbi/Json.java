package org.openfid.devices.sbi;

import java.math.BigDecimal;
import java.util.Optional;
import org.openfid.devices.SbiError;
import org.openfid.devices.capture.SbiException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading and writing the SBI JSON, lenient where MOSIP clients differ (numbers sent as strings). */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The request body as a JSON object, or 502 when it is not one. */
    static JsonNode parseObject(String body) {
        try {
            var node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new SbiException(SbiError.MALFORMED_REQUEST);
            }
            return node;
        } catch (JacksonException e) {
            throw new SbiException(SbiError.MALFORMED_REQUEST);
        }
    }

    static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    static String text(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** A text field, empty when absent or null; 502 when present with another type. */
    static Optional<String> optionalText(JsonNode parent, String field) {
        var node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isString()) {
            throw new SbiException(SbiError.MALFORMED_REQUEST);
        }
        return Optional.of(node.stringValue());
    }

    /** A required text field; 502 when absent or not text. */
    static String requiredText(JsonNode parent, String field) {
        return optionalText(parent, field).orElseThrow(() -> new SbiException(SbiError.MALFORMED_REQUEST));
    }

    /**
     * A number sent as a JSON number or as a numeric string (clients do both); empty when absent,
     * {@code error} when present but not a number.
     */
    static Optional<BigDecimal> optionalNumber(JsonNode parent, String field, SbiError error) {
        var node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        if (node.isString()) {
            try {
                return Optional.of(new BigDecimal(node.stringValue().trim()));
            } catch (NumberFormatException e) {
                throw new SbiException(error);
            }
        }
        throw new SbiException(error);
    }

    /** A whole number in {@code [min, max]}, else {@code error}; 502 when absent. */
    static int requiredInt(JsonNode parent, String field, int min, int max, SbiError error) {
        var value =
                optionalNumber(parent, field, error).orElseThrow(() -> new SbiException(SbiError.MALFORMED_REQUEST));
        try {
            int whole = value.intValueExact();
            if (whole < min || whole > max) {
                throw new SbiException(error);
            }
            return whole;
        } catch (ArithmeticException e) {
            throw new SbiException(error);
        }
    }
}
