package org.openfid.masterdata.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openfid.masterdata.MasterdataError;
import org.openfid.masterdata.MasterdataException;
import org.openfid.masterdata.country.CountrySection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a country's identity schema ({@code schema.json}) and its validation message templates
 * ({@code validation-messages.json}). Runs first (order 10): later sections may refer to schema
 * fields. Loading the same folder again publishes nothing and changes no template.
 *
 * <p>{@code validation-messages.json} maps a language to its templates by code: {@code {"ara":
 * {"REQUIRED": "{field} مطلوب", ...}}}; codes are violation codes or validators' message keys.
 */
@Component
class SchemaSection implements CountrySection {

    static final String SCHEMA_FILE = "schema.json";
    static final String MESSAGES_FILE = "validation-messages.json";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

    private final PublishedSchemas schemas;
    private final MessageTemplates templates;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    SchemaSection(
            PublishedSchemas schemas, MessageTemplates templates, JsonMapper json, TransactionTemplate transactions) {
        this.schemas = schemas;
        this.templates = templates;
        this.json = json;
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "identity schema";
    }

    @Override
    public int order() {
        return 10;
    }

    /** Loads both files in one transaction (joining the country loader's, when it runs this). */
    @Override
    public int load(Path folder) {
        Integer changed = transactions.execute(status -> loadFiles(folder));
        return changed == null ? 0 : changed;
    }

    private int loadFiles(Path folder) {
        int changed = 0;
        JsonNode messages = read(folder.resolve(MESSAGES_FILE));
        if (messages != null) {
            changed += messages(messages);
        }
        JsonNode schema = read(folder.resolve(SCHEMA_FILE));
        if (schema != null) {
            try {
                changed += schemas.publishIfNew(schema).created() ? 1 : 0;
            } catch (MasterdataException e) {
                throw new MasterdataException(MasterdataError.INVALID_COUNTRY, SCHEMA_FILE + ": " + e.getMessage());
            }
        }
        return changed;
    }

    /** Checks every template first, then stores them: a bad file stores none. */
    private int messages(JsonNode document) {
        if (!document.isObject()) {
            throw invalid("must be an object of templates by language");
        }
        List<String[]> checked = new ArrayList<>();
        for (var language : document.properties()) {
            if (!LANGUAGE.matcher(language.getKey()).matches()
                    || !language.getValue().isObject()) {
                throw invalid(language.getKey() + ": must be an ISO 639-3 code holding an object of templates");
            }
            for (var template : language.getValue().properties()) {
                String where = language.getKey() + "." + template.getKey();
                if (!CODE.matcher(template.getKey()).matches()) {
                    throw invalid(where + ": not a valid message code");
                }
                if (!template.getValue().isString()
                        || template.getValue().asString().isBlank()) {
                    throw invalid(where + ": must be a non-blank string");
                }
                checked.add(new String[] {
                    language.getKey(), template.getKey(), template.getValue().asString()
                });
            }
        }
        int changed = 0;
        for (String[] template : checked) {
            changed += templates.put(template[0], template[1], template[2]) ? 1 : 0;
        }
        if (changed > 0) {
            schemas.invalidateAfterCommit();
        }
        return changed;
    }

    private @Nullable JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return json.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new MasterdataException(
                    MasterdataError.INVALID_COUNTRY,
                    file.getFileName() + ": not valid JSON"
                            + (e.getLocation() != null
                                    ? " (line " + e.getLocation().getLineNr() + ")"
                                    : ""));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.getFileName(), e);
        }
    }

    private static MasterdataException invalid(String detail) {
        return new MasterdataException(MasterdataError.INVALID_COUNTRY, MESSAGES_FILE + ": " + detail);
    }
}
