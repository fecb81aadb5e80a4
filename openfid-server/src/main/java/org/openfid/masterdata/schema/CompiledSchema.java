package org.openfid.masterdata.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openfid.masterdata.FieldValidator;
import org.openfid.masterdata.IdentitySchema;
import org.openfid.masterdata.SchemaField;

/**
 * A schema version ready for validation: fields by id, regular expressions compiled once, and the
 * message templates of the moment. Immutable; built when the current version is first used after a
 * publication or a change of templates, then shared by every validation.
 */
final class CompiledSchema {

    private final IdentitySchema schema;
    private final Map<String, SchemaField> fields = new HashMap<>();
    private final Map<String, List<@Nullable Pattern>> patterns = new HashMap<>();
    private final Set<String> languages = new HashSet<>();
    private final Map<String, Map<String, String>> templates;

    CompiledSchema(IdentitySchema schema, Map<String, Map<String, String>> templates) {
        this.schema = schema;
        this.templates = templates;
        languages.addAll(schema.mandatoryLanguages());
        languages.addAll(schema.optionalLanguages());
        for (SchemaField field : schema.fields()) {
            fields.put(field.id(), field);
            List<@Nullable Pattern> compiled = new ArrayList<>();
            for (FieldValidator validator : field.validators()) {
                compiled.add(
                        validator.kind() == FieldValidator.Kind.REGEX && validator.pattern() != null
                                ? Pattern.compile(validator.pattern())
                                : null);
            }
            patterns.put(field.id(), compiled);
        }
    }

    IdentitySchema schema() {
        return schema;
    }

    @Nullable
    SchemaField field(String id) {
        return fields.get(id);
    }

    /** The compiled pattern of {@code field}'s validator at {@code index}, if it is a regex. */
    @Nullable
    Pattern pattern(SchemaField field, int index) {
        return patterns.get(field.id()).get(index);
    }

    boolean language(String code) {
        return languages.contains(code);
    }

    /**
     * The message for a violation: the template for {@code key} (a validator's own key, else the
     * violation code) in {@code language}, else in the first mandatory language, else the built-in
     * English one; {@code {field}} is the field's label in the language the template is in.
     */
    String message(
            String code,
            @Nullable String key,
            @Nullable SchemaField field,
            String language,
            Map<String, String> values) {
        String fallback = schema.mandatoryLanguages().getFirst();
        String template = null;
        String templateLanguage = language;
        for (String candidate : List.of(language, fallback)) {
            template = templateFor(candidate, key, code);
            if (template != null) {
                templateLanguage = candidate;
                break;
            }
        }
        if (template == null) {
            template = MessageTemplates.DEFAULTS.getOrDefault(code, "{field}: " + code);
            templateLanguage = "eng";
        }
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("field", label(field, values.get("field"), templateLanguage, fallback));
        return MessageTemplates.render(template, all);
    }

    private @Nullable String templateFor(String language, @Nullable String key, String code) {
        Map<String, String> byCode = templates.getOrDefault(language, Map.of());
        String template = key != null ? byCode.get(key) : null;
        return template != null ? template : byCode.get(code);
    }

    private static String label(@Nullable SchemaField field, @Nullable String given, String language, String fallback) {
        if (field == null) {
            return given != null ? given : "";
        }
        String label = field.labels().get(language);
        if (label == null) {
            label = field.labels().get(fallback);
        }
        return label != null ? label : field.id();
    }
}
