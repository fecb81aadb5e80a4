package org.openfid.masterdata.schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.openfid.masterdata.FieldCategory;
import org.openfid.masterdata.FieldType;
import org.openfid.masterdata.FieldValidator;
import org.openfid.masterdata.IdentitySchema;
import org.openfid.masterdata.MasterdataError;
import org.openfid.masterdata.MasterdataException;
import org.openfid.masterdata.RequiredOn;
import org.openfid.masterdata.SchemaField;
import tools.jackson.databind.JsonNode;

/**
 * Reads a schema document (format in ADR 0006) into an {@link IdentitySchema}, checking everything
 * that can be checked without the database. Every problem is collected, so an administrator fixes a
 * document in one round instead of one error at a time; any problem rejects the whole document.
 */
public final class SchemaReader {

    static final Pattern VERSION = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,6}){0,3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}");
    private static final Pattern FIELD_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Set<String> ROOT_KEYS =
            Set.of("version", "description", "mandatoryLanguages", "optionalLanguages", "fields");
    private static final Set<String> FIELD_KEYS = Set.of(
            "id",
            "type",
            "category",
            "required",
            "requiredOn",
            "validators",
            "handle",
            "dynamicList",
            "updateLimit",
            "bioAttributes",
            "labels");
    private static final Set<String> RULE_KEYS = Set.of("field", "operator", "value");
    private static final Set<String> VALIDATOR_KEYS = Set.of("kind", "pattern", "min", "max", "language", "messageKey");
    private static final Set<FieldType> HANDLE_TYPES = Set.of(FieldType.STRING, FieldType.PHONE, FieldType.EMAIL);
    private static final Set<FieldType> TEXTUAL_TYPES =
            Set.of(FieldType.TEXT, FieldType.STRING, FieldType.PHONE, FieldType.EMAIL);
    /** MOSIP's biometric attributes (ISO 19794 positions by name). */
    static final Set<String> BIO_ATTRIBUTES = Set.of(
            "leftEye",
            "rightEye",
            "rightIndex",
            "rightLittle",
            "rightRing",
            "rightMiddle",
            "leftIndex",
            "leftLittle",
            "leftRing",
            "leftMiddle",
            "leftThumb",
            "rightThumb",
            "face");

    private final List<String> problems = new ArrayList<>();

    private SchemaReader() {}

    /**
     * Reads and checks {@code document}.
     *
     * @throws MasterdataException with {@link MasterdataError#INVALID_SCHEMA} listing every problem
     */
    public static IdentitySchema read(JsonNode document, Instant publishedAt) {
        var reader = new SchemaReader();
        IdentitySchema schema = reader.schema(document, publishedAt);
        if (!reader.problems.isEmpty()) {
            List<String> shown = reader.problems.subList(0, Math.min(20, reader.problems.size()));
            String more = reader.problems.size() > shown.size()
                    ? "; and " + (reader.problems.size() - shown.size()) + " more"
                    : "";
            throw new MasterdataException(MasterdataError.INVALID_SCHEMA, String.join("; ", shown) + more);
        }
        return schema;
    }

    /** The version string of a document, for messages before it is fully read; empty if none. */
    public static String versionOf(JsonNode document) {
        JsonNode version = document.path("version");
        return version.isString() ? version.asString() : "";
    }

    private IdentitySchema schema(JsonNode document, Instant publishedAt) {
        if (!document.isObject()) {
            problems.add("the document must be a JSON object");
            return new IdentitySchema("", List.of(), List.of(), List.of(), publishedAt);
        }
        unknownKeys(document, ROOT_KEYS, "");
        String version = text(document, "version", "version", true);
        if (version != null && !VERSION.matcher(version).matches()) {
            problems.add("version: must be numbers separated by dots, for example 0.1 (got '" + version + "')");
        }
        List<String> mandatory = languages(document.path("mandatoryLanguages"), "mandatoryLanguages", true);
        List<String> optional = languages(document.path("optionalLanguages"), "optionalLanguages", false);
        for (String language : optional) {
            if (mandatory.contains(language)) {
                problems.add("optionalLanguages: " + language + " is already a mandatory language");
            }
        }
        Set<String> allLanguages = new HashSet<>(mandatory);
        allLanguages.addAll(optional);
        List<SchemaField> fields = fields(document.path("fields"), mandatory, allLanguages);
        return new IdentitySchema(version == null ? "" : version, mandatory, optional, fields, publishedAt);
    }

    private List<String> languages(JsonNode node, String path, boolean mandatory) {
        if (node.isMissingNode() && !mandatory) {
            return List.of();
        }
        if (!node.isArray() || (mandatory && node.isEmpty())) {
            problems.add(path + ": must be " + (mandatory ? "a non-empty" : "an") + " array of ISO 639-3 codes");
            return List.of();
        }
        List<String> languages = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode language = node.get(i);
            if (!language.isString() || !LANGUAGE.matcher(language.asString()).matches()) {
                problems.add(path + "[" + i + "]: must be a three-letter lower-case ISO 639-3 code");
            } else if (languages.contains(language.asString())) {
                problems.add(path + "[" + i + "]: " + language.asString() + " is listed twice");
            } else {
                languages.add(language.asString());
            }
        }
        return languages;
    }

    private List<SchemaField> fields(JsonNode node, List<String> mandatory, Set<String> languages) {
        if (!node.isArray() || node.isEmpty()) {
            problems.add("fields: must be a non-empty array of field definitions");
            return List.of();
        }
        List<SchemaField> fields = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "fields[" + i + "]";
            SchemaField field = field(node.get(i), path, mandatory, languages);
            if (field != null && !ids.add(field.id())) {
                problems.add(path + ".id: duplicate field id '" + field.id() + "'");
            } else if (field != null) {
                fields.add(field);
            }
        }
        crossChecks(fields);
        return fields;
    }

    private @Nullable SchemaField field(JsonNode node, String path, List<String> mandatory, Set<String> languages) {
        if (!node.isObject()) {
            problems.add(path + ": must be an object");
            return null;
        }
        unknownKeys(node, FIELD_KEYS, path + ".");
        String id = text(node, "id", path + ".id", true);
        if (id != null && !FIELD_ID.matcher(id).matches()) {
            problems.add(path + ".id: '" + id + "' is not a valid field id (a letter, then letters, digits or _)");
        }
        String where = id == null ? path : path + " (" + id + ")";
        FieldType type = constant(node, "type", where, FieldType.class);
        FieldCategory category = constant(node, "category", where, FieldCategory.class);
        boolean required = flag(node, "required", where);
        boolean handle = flag(node, "handle", where);
        String dynamicList = text(node, "dynamicList", where + ".dynamicList", false);
        Integer updateLimit = integer(node.path("updateLimit"), where + ".updateLimit", 0);
        List<RequiredOn> requiredOn = rules(node.path("requiredOn"), where + ".requiredOn");
        List<FieldValidator> validators = validators(node.path("validators"), where + ".validators", languages);
        List<String> bioAttributes = bioAttributes(node.path("bioAttributes"), where + ".bioAttributes");
        Map<String, String> labels = labels(node.path("labels"), where + ".labels", mandatory, languages);
        if (id == null || type == null || category == null) {
            return null;
        }
        var field = new SchemaField(
                id,
                type,
                category,
                required,
                requiredOn,
                validators,
                handle,
                dynamicList,
                updateLimit,
                bioAttributes,
                labels);
        typeChecks(field, where);
        return field;
    }

    private void typeChecks(SchemaField field, String where) {
        FieldType type = field.type();
        if (type == FieldType.ENUM && field.dynamicList() == null) {
            problems.add(where + ": an ENUM field needs a dynamicList");
        }
        if (type != FieldType.ENUM && field.dynamicList() != null) {
            problems.add(where + ".dynamicList: only ENUM fields take values from a dynamic list");
        }
        if (field.handle() && !HANDLE_TYPES.contains(type)) {
            problems.add(where + ".handle: only STRING, PHONE and EMAIL fields can be handles");
        }
        if (type == FieldType.BIOMETRICS && field.bioAttributes().isEmpty()) {
            problems.add(where + ".bioAttributes: a BIOMETRICS field must list its attributes");
        }
        if (type != FieldType.BIOMETRICS && !field.bioAttributes().isEmpty()) {
            problems.add(where + ".bioAttributes: only BIOMETRICS fields have bioAttributes");
        }
        for (int i = 0; i < field.validators().size(); i++) {
            FieldValidator validator = field.validators().get(i);
            boolean fits = validator.kind() == FieldValidator.Kind.AGE_RANGE
                    ? type == FieldType.DATE
                    : TEXTUAL_TYPES.contains(type);
            if (!fits) {
                problems.add(where + ".validators[" + i + "]: a " + name(validator.kind()) + " validator does not apply"
                        + " to a " + type + " field");
            }
        }
    }

    private void crossChecks(List<SchemaField> fields) {
        Map<String, SchemaField> byId = new LinkedHashMap<>();
        fields.forEach(field -> byId.put(field.id(), field));
        for (SchemaField field : fields) {
            for (int i = 0; i < field.requiredOn().size(); i++) {
                RequiredOn rule = field.requiredOn().get(i);
                String path = field.id() + ".requiredOn[" + i + "]";
                SchemaField target = byId.get(rule.field());
                if (target == null) {
                    problems.add(path + ".field: '" + rule.field() + "' is not a field of this schema");
                } else if (target.id().equals(field.id())) {
                    problems.add(path + ".field: a field cannot be required on itself");
                } else if (ageOperator(rule.operator()) && target.type() != FieldType.DATE) {
                    problems.add(path + ": " + name(rule.operator()) + " needs a DATE field, '" + rule.field() + "' is "
                            + target.type());
                }
            }
        }
    }

    private List<RequiredOn> rules(JsonNode node, String path) {
        List<RequiredOn> rules = new ArrayList<>();
        int index = 0;
        for (JsonNode rule : array(node, path)) {
            String at = path + "[" + index++ + "]";
            if (!rule.isObject()) {
                problems.add(at + ": must be an object");
                continue;
            }
            unknownKeys(rule, RULE_KEYS, at + ".");
            String field = text(rule, "field", at + ".field", true);
            RequiredOn.Operator operator = constant(rule, "operator", at, RequiredOn.Operator.class);
            String value =
                    text(rule, "value", at + ".value", operator != null && operator != RequiredOn.Operator.PRESENT);
            if (operator != null && ageOperator(operator) && value != null && !value.matches("[0-9]{1,3}")) {
                problems.add(at + ".value: " + name(operator) + " needs a whole number of years");
            }
            if (field != null && operator != null) {
                rules.add(new RequiredOn(field, operator, value == null ? "" : value));
            }
        }
        return rules;
    }

    private List<FieldValidator> validators(JsonNode node, String path, Set<String> languages) {
        List<FieldValidator> validators = new ArrayList<>();
        int index = 0;
        for (JsonNode validator : array(node, path)) {
            String at = path + "[" + index++ + "]";
            if (!validator.isObject()) {
                problems.add(at + ": must be an object");
                continue;
            }
            unknownKeys(validator, VALIDATOR_KEYS, at + ".");
            FieldValidator.Kind kind = constant(validator, "kind", at, FieldValidator.Kind.class);
            String pattern = text(validator, "pattern", at + ".pattern", kind == FieldValidator.Kind.REGEX);
            Integer min = integer(validator.path("min"), at + ".min", 0);
            Integer max = integer(validator.path("max"), at + ".max", 0);
            String language = text(validator, "language", at + ".language", false);
            String messageKey = text(validator, "messageKey", at + ".messageKey", false);
            if (language != null && !languages.contains(language)) {
                problems.add(at + ".language: " + language + " is not a language of this schema");
            }
            if (kind == null || !bounds(kind, pattern, min, max, at)) {
                continue;
            }
            validators.add(new FieldValidator(kind, pattern, min, max, language, messageKey));
        }
        return validators;
    }

    private boolean bounds(
            FieldValidator.Kind kind,
            @Nullable String pattern,
            @Nullable Integer min,
            @Nullable Integer max,
            String at) {
        if (kind == FieldValidator.Kind.REGEX) {
            if (pattern == null) {
                return false;
            }
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(at + ".pattern: not a valid regular expression (" + e.getDescription() + " near index "
                        + e.getIndex() + ")");
                return false;
            }
            return true;
        }
        if (min == null && max == null) {
            problems.add(at + ": a " + name(kind) + " validator needs min, max or both");
            return false;
        }
        if (min != null && max != null && min > max) {
            problems.add(at + ": min " + min + " is greater than max " + max);
            return false;
        }
        return true;
    }

    private List<String> bioAttributes(JsonNode node, String path) {
        List<String> attributes = new ArrayList<>();
        int index = 0;
        for (JsonNode attribute : array(node, path)) {
            String at = path + "[" + index++ + "]";
            if (!attribute.isString() || !BIO_ATTRIBUTES.contains(attribute.asString())) {
                problems.add(at + ": not a biometric attribute (one of "
                        + String.join(", ", BIO_ATTRIBUTES.stream().sorted().toList()) + ")");
            } else if (attributes.contains(attribute.asString())) {
                problems.add(at + ": " + attribute.asString() + " is listed twice");
            } else {
                attributes.add(attribute.asString());
            }
        }
        return attributes;
    }

    private Map<String, String> labels(JsonNode node, String path, List<String> mandatory, Set<String> languages) {
        if (!node.isObject()) {
            problems.add(path + ": must be an object of label by language");
            return Map.of();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            if (!languages.contains(entry.getKey())) {
                problems.add(path + "." + entry.getKey() + ": not a language of this schema");
            } else if (!entry.getValue().isString()
                    || entry.getValue().asString().isBlank()) {
                problems.add(path + "." + entry.getKey() + ": must be a non-blank string");
            } else {
                labels.put(entry.getKey(), entry.getValue().asString());
            }
        }
        for (String language : mandatory) {
            if (!node.has(language)) {
                problems.add(path + ": no label in mandatory language " + language);
            }
        }
        return labels;
    }

    private Iterable<JsonNode> array(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(path + ": must be an array");
            return List.of();
        }
        return node;
    }

    private @Nullable String text(JsonNode node, String key, String path, boolean mandatory) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            if (mandatory) {
                problems.add(path + ": is missing");
            }
            return null;
        }
        if (!value.isString() || value.asString().isBlank()) {
            problems.add(path + ": must be a non-blank string");
            return null;
        }
        return value.asString();
    }

    private boolean flag(JsonNode node, String key, String where) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(where + "." + key + ": must be true or false");
            return false;
        }
        return value.asBoolean();
    }

    private @Nullable Integer integer(JsonNode value, String path, int minimum) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < minimum) {
            problems.add(path + ": must be a whole number of at least " + minimum);
            return null;
        }
        return value.asInt();
    }

    private <E extends Enum<E>> @Nullable E constant(JsonNode node, String key, String where, Class<E> kind) {
        String value = text(node, key, where + "." + key, true);
        if (value == null) {
            return null;
        }
        for (E constant : kind.getEnumConstants()) {
            if (name(constant).equals(value)) {
                return constant;
            }
        }
        problems.add(where + "." + key + ": unknown " + key + " '" + value + "' (expected one of "
                + String.join(", ", names(kind)) + ")");
        return null;
    }

    private void unknownKeys(JsonNode node, Set<String> known, String prefix) {
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                problems.add(prefix + key + ": unknown property");
            }
        }
    }

    private static boolean ageOperator(RequiredOn.Operator operator) {
        return operator == RequiredOn.Operator.AGE_BELOW || operator == RequiredOn.Operator.AGE_AT_LEAST;
    }

    /** The document spelling of an enum constant: {@code AGE_BELOW} is {@code ageBelow}, {@code PVT} is {@code pvt}. */
    public static String name(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        var name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static <E extends Enum<E>> List<String> names(Class<E> kind) {
        return java.util.Arrays.stream(kind.getEnumConstants())
                .map(SchemaReader::name)
                .toList();
    }
}
