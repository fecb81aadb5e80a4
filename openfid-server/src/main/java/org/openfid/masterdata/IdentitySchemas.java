package org.openfid.masterdata;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The country's identity schema: what fields an identity has and the rules they obey. Versions are
 * kept forever, because a stored identity names the schema version it was validated against.
 */
public interface IdentitySchemas {

    /** The newest published version. */
    IdentitySchema current();

    /** A published version by its version string, for example {@code "0.1"}. */
    Optional<IdentitySchema> version(String version);

    /** All published versions, oldest first. */
    List<IdentitySchema> versions();

    /**
     * Validates an identity document against the current schema and returns every violation at once
     * (empty when valid). Messages are in {@code language} where the country has templates for it,
     * otherwise in the country's first mandatory language.
     *
     * @param identity the identity JSON object (field id to value)
     * @param purpose {@link ValidationPurpose#NEW} checks required fields too; {@link
     *     ValidationPurpose#UPDATE} checks only the fields present
     * @param language ISO 639-3 code of the person's language, for the messages
     */
    List<SchemaViolation> validate(JsonNode identity, ValidationPurpose purpose, String language);

    /**
     * Publishes a new schema version from its JSON document. The document is checked first; a bad
     * document changes nothing and throws {@link MasterdataException} naming what is wrong.
     */
    IdentitySchema publish(JsonNode document);
}
