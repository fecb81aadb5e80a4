package org.openfid.masterdata.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.openfid.masterdata.MasterdataError;
import org.openfid.masterdata.MasterdataException;
import org.openfid.masterdata.SchemaViolation;
import org.openfid.masterdata.ValidationPurpose;
import org.openfid.masterdata.schema.PublishedSchemas;
import org.openfid.masterdata.schema.SchemaStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The administrators' identity schema endpoints, on MOSIP's {@code /v1/masterdata/idschema} path.
 * Versions are returned as published (the document of ADR 0006), so what an administrator reads
 * back is what they would publish again.
 */
@RestController
@RequestMapping(path = "/v1/masterdata/idschema", produces = "application/json")
class SchemaController {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}");

    private final PublishedSchemas schemas;
    private final SchemaStore store;

    SchemaController(PublishedSchemas schemas, SchemaStore store) {
        this.schemas = schemas;
        this.store = store;
    }

    @GetMapping("/latest")
    SchemaVersion latest() {
        return store.newest()
                .map(SchemaController::version)
                .orElseThrow(() -> new MasterdataException(MasterdataError.SCHEMA_NOT_FOUND));
    }

    @GetMapping("/{version}")
    SchemaVersion byVersion(@PathVariable String version) {
        return store.byVersion(version)
                .map(SchemaController::version)
                .orElseThrow(() -> new MasterdataException(
                        MasterdataError.NOT_FOUND, "No identity schema version " + printable(version)));
    }

    @GetMapping
    List<VersionSummary> versions() {
        return store.all().stream()
                .map(stored -> new VersionSummary(stored.version(), stored.publishedAt()))
                .toList();
    }

    /** 201 with the new version; 200 with the existing one when the same document is published already. */
    @PostMapping(consumes = "application/json")
    ResponseEntity<SchemaVersion> publish(@RequestBody JsonNode document, UriComponentsBuilder uris) {
        PublishedSchemas.Publication publication = schemas.publishIfNew(document);
        String version = publication.schema().version();
        SchemaVersion body =
                store.byVersion(version).map(SchemaController::version).orElseThrow();
        if (!publication.created()) {
            return ResponseEntity.ok(body);
        }
        URI location = uris.path("/v1/masterdata/idschema/{version}").build(version);
        return ResponseEntity.created(location).body(body);
    }

    @PostMapping(path = "/validate", consumes = "application/json")
    ValidationReport validate(
            @RequestBody JsonNode identity,
            @RequestParam(defaultValue = "eng") String language,
            @RequestParam(defaultValue = "NEW") String purpose) {
        if (!LANGUAGE.matcher(language).matches()) {
            throw new MasterdataException(MasterdataError.INVALID_INPUT, "language must be an ISO 639-3 code");
        }
        ValidationPurpose chosen;
        try {
            chosen = ValidationPurpose.valueOf(purpose);
        } catch (IllegalArgumentException e) {
            throw new MasterdataException(MasterdataError.INVALID_INPUT, "purpose must be NEW or UPDATE");
        }
        List<SchemaViolation> violations = schemas.validate(identity, chosen, language);
        return new ValidationReport(violations.isEmpty(), violations);
    }

    private static SchemaVersion version(SchemaStore.StoredSchema stored) {
        return new SchemaVersion(stored.version(), stored.publishedAt(), stored.document());
    }

    /** A version string from a URL, shown only when it looks like one. */
    private static String printable(String version) {
        return version.matches("[0-9.]{1,30}") ? version : "with that name";
    }

    /**
     * @param version the version string
     * @param publishedAt when it was published
     * @param document the schema document as published
     */
    record SchemaVersion(String version, Instant publishedAt, JsonNode document) {}

    /**
     * @param version the version string
     * @param publishedAt when it was published
     */
    record VersionSummary(String version, Instant publishedAt) {}

    /**
     * @param valid whether the identity has no violation
     * @param violations every violation, with JSON paths and messages in the requested language
     */
    record ValidationReport(boolean valid, List<SchemaViolation> violations) {}
}
