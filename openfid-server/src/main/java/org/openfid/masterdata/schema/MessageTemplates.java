package org.openfid.masterdata.schema;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Validation message templates by language and code, stored in {@code masterdata.validation_message}
 * and loaded from the country's {@code validation-messages.json}. A template names its values with
 * placeholders: {@code {field}} (the field's label in the message's language), {@code {min}}, {@code
 * {max}}, {@code {language}}, {@code {expected}}, {@code {value}}. Built-in English templates cover
 * every violation code, so a country without templates still gets readable messages.
 */
@Component
public class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    /** The built-in English templates, by violation code. */
    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry(ViolationCodes.UNKNOWN_FIELD, "{field} is not a field of the identity schema"),
            Map.entry(ViolationCodes.TYPE, "{field} must be {expected}"),
            Map.entry(ViolationCodes.REQUIRED, "{field} is required"),
            Map.entry(ViolationCodes.LANGUAGE_MISSING, "{field} must be given in {language}"),
            Map.entry(
                    ViolationCodes.UNKNOWN_LANGUAGE,
                    "{field} is given in {language}, which is not a language" + " of this country"),
            Map.entry(ViolationCodes.DUPLICATE_LANGUAGE, "{field} is given more than once in {language}"),
            Map.entry(ViolationCodes.PATTERN, "{field} has an invalid format"),
            Map.entry(ViolationCodes.LENGTH, "{field} must be between {min} and {max} characters long"),
            Map.entry(ViolationCodes.AGE_RANGE, "The age from {field} must be between {min} and {max} years"),
            Map.entry(ViolationCodes.DATE, "{field} must be a date written yyyy/MM/dd"),
            Map.entry(ViolationCodes.EMAIL, "{field} is not a valid e-mail address"),
            Map.entry(ViolationCodes.PHONE, "{field} is not a valid phone number"),
            Map.entry(ViolationCodes.NOT_IN_LIST, "{field} has a value that is not in the list of allowed values"),
            Map.entry(ViolationCodes.DOCUMENT, "{field} must be a document reference with format, type and value"),
            Map.entry(
                    ViolationCodes.BIOMETRICS,
                    "{field} must be a biometrics reference with format, version" + " and value"),
            Map.entry(ViolationCodes.NOT_A_HANDLE, "{field} names {value}, which is not a handle"));

    private final JdbcClient jdbc;
    private final Clock clock;

    MessageTemplates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every stored template: language to code to template. */
    Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> templates = new HashMap<>();
        jdbc.sql("SELECT language, code, template FROM masterdata.validation_message")
                .query(rs -> {
                    templates
                            .computeIfAbsent(rs.getString("language"), language -> new HashMap<>())
                            .put(rs.getString("code"), rs.getString("template"));
                });
        return templates;
    }

    /**
     * Stores {@code template} for {@code language} and {@code code} unless it is stored already.
     *
     * @return whether anything changed
     */
    boolean put(String language, String code, String template) {
        return jdbc.sql("INSERT INTO masterdata.validation_message (language, code, template, updated_at)"
                                + " VALUES (:language, :code, :template, :now)"
                                + " ON CONFLICT (language, code) DO UPDATE SET template = excluded.template,"
                                + " updated_at = excluded.updated_at"
                                + " WHERE validation_message.template IS DISTINCT FROM excluded.template")
                        .param("language", language)
                        .param("code", code)
                        .param("template", template)
                        .param("now", OffsetDateTime.now(clock))
                        .update()
                > 0;
    }

    /** Fills a template's placeholders; an unknown placeholder is left as written. */
    static String render(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
