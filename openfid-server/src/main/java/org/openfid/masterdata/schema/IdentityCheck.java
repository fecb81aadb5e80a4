package org.openfid.masterdata.schema;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openfid.masterdata.FieldType;
import org.openfid.masterdata.FieldValidator;
import org.openfid.masterdata.ReferenceData.ListValue;
import org.openfid.masterdata.RequiredOn;
import org.openfid.masterdata.SchemaField;
import org.openfid.masterdata.SchemaViolation;
import org.openfid.masterdata.ValidationPurpose;
import tools.jackson.databind.JsonNode;

/**
 * One validation of one identity document: walks every property, collects every violation with its
 * JSON path, and never stops at the first. Values never appear in messages (they may be personal
 * data); only labels, bounds and language codes do.
 */
final class IdentityCheck {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{4,15}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[ ()\\-.]");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})+");
    private static final String ROOT = "identity";

    private final CompiledSchema compiled;
    private final ValidationPurpose purpose;
    private final String language;
    private final LocalDate today;
    private final @Nullable BiFunction<String, String, Optional<List<ListValue>>> lists;
    private final Map<String, Optional<List<ListValue>>> listCache = new HashMap<>();
    private final List<SchemaViolation> violations = new ArrayList<>();

    /**
     * @param lists the dynamic field lists by name and language, or {@code null} when no reference
     *     data is available (ENUM values are then not checked against their list)
     */
    IdentityCheck(
            CompiledSchema compiled,
            ValidationPurpose purpose,
            String language,
            LocalDate today,
            @Nullable BiFunction<String, String, Optional<List<ListValue>>> lists) {
        this.compiled = compiled;
        this.purpose = purpose;
        this.language = language;
        this.today = today;
        this.lists = lists;
    }

    List<SchemaViolation> run(JsonNode identity) {
        if (!identity.isObject()) {
            violations.add(new SchemaViolation(
                    ROOT,
                    ViolationCodes.TYPE,
                    message(ViolationCodes.TYPE, null, null, Map.of("field", ROOT, "expected", "a JSON object"))));
            return violations;
        }
        for (var property : identity.properties()) {
            SchemaField field = compiled.field(property.getKey());
            String path = ROOT + "." + property.getKey();
            if (field == null) {
                add(path, ViolationCodes.UNKNOWN_FIELD, null, null, Map.of("field", property.getKey()));
            } else if (!empty(property.getValue())) {
                value(field, property.getValue(), path);
            }
        }
        required(identity);
        return violations;
    }

    private void required(JsonNode identity) {
        for (SchemaField field : compiled.schema().fields()) {
            JsonNode value = identity.path(field.id());
            boolean checked = purpose == ValidationPurpose.NEW || !value.isMissingNode();
            if (!checked || !empty(value)) {
                continue;
            }
            if (field.required() || requiredOn(field, identity)) {
                add(ROOT + "." + field.id(), ViolationCodes.REQUIRED, null, field, Map.of());
            }
        }
    }

    /** Whether a rule makes the field required; an update sees only the fields it carries. */
    private boolean requiredOn(SchemaField field, JsonNode identity) {
        for (RequiredOn rule : field.requiredOn()) {
            JsonNode other = identity.path(rule.field());
            if (purpose == ValidationPurpose.UPDATE && other.isMissingNode()) {
                continue;
            }
            if (holds(rule, other)) {
                return true;
            }
        }
        return false;
    }

    private boolean holds(RequiredOn rule, JsonNode value) {
        return switch (rule.operator()) {
            case PRESENT -> !empty(value);
            case EQUALS -> equalsValue(value, rule.value());
            case NOT_EQUALS -> !equalsValue(value, rule.value());
            case AGE_BELOW ->
                age(value).map(age -> age < Long.parseLong(rule.value())).orElse(false);
            case AGE_AT_LEAST ->
                age(value).map(age -> age >= Long.parseLong(rule.value())).orElse(false);
        };
    }

    private static boolean equalsValue(JsonNode value, String expected) {
        if (value.isArray()) {
            for (JsonNode entry : value) {
                if (entry.path("value").isString()
                        && entry.path("value").asString().equals(expected)) {
                    return true;
                }
            }
            return false;
        }
        return (value.isString() || value.isNumber()) && value.asString().equals(expected);
    }

    private Optional<Long> age(JsonNode value) {
        return date(value).map(date -> ChronoUnit.YEARS.between(date, today));
    }

    private static Optional<LocalDate> date(JsonNode value) {
        if (!value.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.asString(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void value(SchemaField field, JsonNode value, String path) {
        switch (field.type()) {
            case TEXT, ENUM -> multilingual(field, value, path);
            case STRING -> {
                if (string(field, value, path)) {
                    textChecks(field, value.asString(), null, path);
                }
            }
            case NUMBER -> {
                if (!value.isNumber()) {
                    typeViolation(field, path, "a number");
                }
            }
            case DATE -> dateValue(field, value, path);
            case PHONE -> shaped(field, value, path, PHONE, ViolationCodes.PHONE);
            case EMAIL -> shaped(field, value, path, EMAIL, ViolationCodes.EMAIL);
            case DOCUMENT -> reference(field, value, path, ViolationCodes.DOCUMENT, "type");
            case BIOMETRICS -> reference(field, value, path, ViolationCodes.BIOMETRICS, "version");
            case HANDLES -> handles(field, value, path);
        }
    }

    private void multilingual(SchemaField field, JsonNode value, String path) {
        if (!value.isArray()) {
            typeViolation(field, path, "a list of {language, value} entries");
            return;
        }
        Set<String> given = new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode entry = value.get(i);
            String at = path + "[" + i + "]";
            if (!entry.isObject()
                    || !entry.path("language").isString()
                    || !entry.path("value").isString()) {
                typeViolation(field, at, "a {language, value} entry");
                continue;
            }
            String entryLanguage = entry.path("language").asString();
            Map<String, String> values = Map.of("language", entryLanguage);
            if (!compiled.language(entryLanguage)) {
                add(at + ".language", ViolationCodes.UNKNOWN_LANGUAGE, null, field, values);
            } else if (!given.add(entryLanguage)) {
                add(at + ".language", ViolationCodes.DUPLICATE_LANGUAGE, null, field, values);
            } else if (field.type() == FieldType.ENUM) {
                listValue(field, entry.path("value").asString(), entryLanguage, at + ".value");
            } else {
                textChecks(field, entry.path("value").asString(), entryLanguage, at + ".value");
            }
        }
        for (String mandatory : compiled.schema().mandatoryLanguages()) {
            if (!given.contains(mandatory)) {
                add(path, ViolationCodes.LANGUAGE_MISSING, null, field, Map.of("language", mandatory));
            }
        }
    }

    private void listValue(SchemaField field, String code, String entryLanguage, String path) {
        if (lists == null || field.dynamicList() == null) {
            return;
        }
        Optional<List<ListValue>> list = listCache.computeIfAbsent(
                field.dynamicList() + "/" + entryLanguage, key -> lists.apply(field.dynamicList(), entryLanguage));
        if (list.isPresent()
                && list.get().stream()
                        .noneMatch(
                                item -> item.code().equals(code) || item.value().equals(code))) {
            add(path, ViolationCodes.NOT_IN_LIST, null, field, Map.of());
        }
    }

    private void dateValue(SchemaField field, JsonNode value, String path) {
        if (!string(field, value, path)) {
            return;
        }
        Optional<LocalDate> date = date(value);
        if (date.isEmpty()) {
            add(path, ViolationCodes.DATE, null, field, Map.of());
            return;
        }
        long years = ChronoUnit.YEARS.between(date.get(), today);
        boolean future = date.get().isAfter(today);
        for (FieldValidator validator : field.validators()) {
            if (validator.kind() != FieldValidator.Kind.AGE_RANGE) {
                continue;
            }
            boolean tooYoung = future || (validator.min() != null && years < validator.min());
            boolean tooOld = validator.max() != null && years > validator.max();
            if (tooYoung || tooOld) {
                add(path, ViolationCodes.AGE_RANGE, validator.messageKey(), field, bounds(validator));
            }
        }
    }

    /** Phone numbers are checked without their usual separators (spaces, brackets, hyphens, dots). */
    private void shaped(SchemaField field, JsonNode value, String path, Pattern shape, String code) {
        if (!string(field, value, path)) {
            return;
        }
        String normalised =
                shape == PHONE ? PHONE_SEPARATORS.matcher(value.asString()).replaceAll("") : value.asString();
        if (!shape.matcher(normalised).matches() || value.asString().length() > 254) {
            add(path, code, null, field, Map.of());
        }
        textChecks(field, value.asString(), null, path);
    }

    private void reference(SchemaField field, JsonNode value, String path, String code, String second) {
        if (!value.isObject()) {
            add(path, code, null, field, Map.of());
            return;
        }
        for (String key : List.of("format", second, "value")) {
            JsonNode part = value.path(key);
            boolean number = "version".equals(key) && part.isNumber();
            if (!number && (!part.isString() || part.asString().isBlank())) {
                add(path + "." + key, code, null, field, Map.of());
            }
        }
    }

    private void handles(SchemaField field, JsonNode value, String path) {
        if (!value.isArray()) {
            typeViolation(field, path, "a list of field ids");
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode entry = value.get(i);
            String at = path + "[" + i + "]";
            if (!entry.isString()) {
                typeViolation(field, at, "a field id");
                continue;
            }
            SchemaField named = compiled.field(entry.asString());
            if (named == null || !named.handle()) {
                add(at, ViolationCodes.NOT_A_HANDLE, null, field, Map.of("value", entry.asString()));
            }
        }
    }

    private void textChecks(SchemaField field, String text, @Nullable String valueLanguage, String path) {
        for (int i = 0; i < field.validators().size(); i++) {
            FieldValidator validator = field.validators().get(i);
            if (validator.language() != null && !validator.language().equals(valueLanguage)) {
                continue;
            }
            if (validator.kind() == FieldValidator.Kind.REGEX) {
                Pattern pattern = compiled.pattern(field, i);
                if (pattern != null && !pattern.matcher(text).matches()) {
                    add(path, ViolationCodes.PATTERN, validator.messageKey(), field, Map.of());
                }
            } else if (validator.kind() == FieldValidator.Kind.LENGTH) {
                int length = text.codePointCount(0, text.length());
                if ((validator.min() != null && length < validator.min())
                        || (validator.max() != null && length > validator.max())) {
                    add(path, ViolationCodes.LENGTH, validator.messageKey(), field, bounds(validator));
                }
            }
        }
    }

    private boolean string(SchemaField field, JsonNode value, String path) {
        if (!value.isString()) {
            typeViolation(field, path, "a string");
            return false;
        }
        return true;
    }

    private void typeViolation(SchemaField field, String path, String expected) {
        add(path, ViolationCodes.TYPE, null, field, Map.of("expected", expected));
    }

    private static Map<String, String> bounds(FieldValidator validator) {
        return Map.of(
                "min", validator.min() != null ? String.valueOf(validator.min()) : "0",
                "max", validator.max() != null ? String.valueOf(validator.max()) : "∞");
    }

    /** Absent, null, blank text, or an empty list or object: treated as not given. */
    static boolean empty(JsonNode value) {
        return value.isMissingNode()
                || value.isNull()
                || (value.isString() && value.asString().isBlank())
                || (value.isContainer() && value.isEmpty());
    }

    private void add(
            String path, String code, @Nullable String key, @Nullable SchemaField field, Map<String, String> values) {
        violations.add(new SchemaViolation(path, code, message(code, key, field, values)));
    }

    private String message(String code, @Nullable String key, @Nullable SchemaField field, Map<String, String> values) {
        return compiled.message(code, key, field, language, values);
    }
}
