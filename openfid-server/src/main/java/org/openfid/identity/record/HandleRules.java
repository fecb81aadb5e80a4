package org.openfid.identity.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openfid.identity.hashing.IdentifierHashes;
import org.openfid.masterdata.IdentitySchema;
import org.openfid.masterdata.SchemaField;
import org.openfid.masterdata.SchemaViolation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which handles an identity has: the fields listed in its {@code selectedHandles} that the schema
 * marks as handles, each stored only as a keyed hash of {@code field:value} (value trimmed and lower
 * case, so {@code Jane@Example.org} and {@code jane@example.org} are one handle).
 */
@Component
public class HandleRules {

    static final String SELECTED = "selectedHandles";

    private final IdentifierHashes hashes;

    HandleRules(IdentifierHashes hashes) {
        this.hashes = hashes;
    }

    /** The keyed hash of each selected handle, by field id. */
    public Map<String, String> hashes(IdentitySchema schema, ObjectNode identity) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String field : selected(identity)) {
            String value = value(identity.get(field));
            if (value != null && schema.field(field).map(SchemaField::handle).orElse(false)) {
                result.put(field, hash(field, value));
            }
        }
        return result;
    }

    /** The keyed hash of one handle value. */
    public String hash(String field, String value) {
        return hashes.handle(field, value.trim().toLowerCase(Locale.ROOT));
    }

    /** Violations of the handle rules: a selected handle must be a handle field with a value. */
    public List<SchemaViolation> violations(IdentitySchema schema, ObjectNode identity) {
        List<SchemaViolation> violations = new ArrayList<>();
        JsonNode node = identity.get(SELECTED);
        if (node != null && !node.isArray()) {
            return violations; // the schema reports the type
        }
        List<String> fields = selected(identity);
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            String path = "identity." + SELECTED + "[" + i + "]";
            if (schema.field(field).map(SchemaField::handle).orElse(false) && value(identity.get(field)) == null) {
                violations.add(new SchemaViolation(path, "HANDLE_MISSING", "The selected handle has no value"));
            }
        }
        return violations;
    }

    private static List<String> selected(ObjectNode identity) {
        JsonNode node = identity.get(SELECTED);
        List<String> fields = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> fields.add(n.asString()));
        }
        return fields;
    }

    private static String value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString() || node.isNumber()) {
            String text = node.asString().trim();
            return text.isEmpty() ? null : text;
        }
        return null;
    }
}
