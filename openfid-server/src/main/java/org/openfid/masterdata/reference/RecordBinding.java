package org.openfid.masterdata.reference;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.openfid.masterdata.ReferenceRecord;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JSON (a REST body or an item of a country file) into a checked record, the same way for both.
 * Left-out {@code version} and flags default to 0 and false, unknown fields are refused (a typo in a
 * country file must not pass silently), and bean validation reports every invalid field at once.
 */
@Component
public class RecordBinding {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Validator validator;

    RecordBinding(Validator validator) {
        this.validator = validator;
    }

    /** The JSON mapper country files are read with. */
    public static JsonMapper json() {
        return JSON;
    }

    /**
     * Binds and validates {@code node}.
     *
     * @throws org.openfid.masterdata.MasterdataException {@code INVALID_INPUT} naming the field that
     *     cannot be bound
     * @throws ConstraintViolationException with every invalid field
     */
    public <T extends ReferenceRecord> T bind(JsonNode node, Class<T> type) {
        T record;
        try {
            record = JSON.treeToValue(node, type);
        } catch (DatabindException e) {
            throw Checks.invalid(path(e) + ": is missing, unknown or of the wrong type");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return record;
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
