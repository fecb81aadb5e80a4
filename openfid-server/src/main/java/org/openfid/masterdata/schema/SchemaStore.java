package org.openfid.masterdata.schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schema documents, kept forever in {@code masterdata.identity_schema}. */
@Component
public class SchemaStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SchemaStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * One stored version.
     *
     * @param version the version string
     * @param document the document as published
     * @param publishedAt when it was published
     */
    public record StoredSchema(String version, JsonNode document, Instant publishedAt) {}

    /** The newest version, if any. */
    public Optional<StoredSchema> newest() {
        return jdbc.sql("SELECT version, document::text AS document, published_at FROM masterdata.identity_schema"
                        + " ORDER BY seq DESC LIMIT 1")
                .query((rs, row) -> stored(
                        rs.getString("version"),
                        rs.getString("document"),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .optional();
    }

    /** A version by its string. */
    public Optional<StoredSchema> byVersion(String version) {
        return jdbc.sql("SELECT version, document::text AS document, published_at FROM masterdata.identity_schema"
                        + " WHERE version = :version")
                .param("version", version)
                .query((rs, row) -> stored(
                        rs.getString("version"),
                        rs.getString("document"),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .optional();
    }

    /** Every version, oldest first. */
    public List<StoredSchema> all() {
        return jdbc.sql("SELECT version, document::text AS document, published_at FROM masterdata.identity_schema"
                        + " ORDER BY seq")
                .query((rs, row) -> stored(
                        rs.getString("version"),
                        rs.getString("document"),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .list();
    }

    /** The version whose document equals {@code document} (as JSON values, key order aside), if any. */
    Optional<String> versionWithDocument(JsonNode document) {
        return jdbc.sql("SELECT version FROM masterdata.identity_schema WHERE document = CAST(:document AS jsonb)")
                .param("document", json.writeValueAsString(document))
                .query(String.class)
                .optional();
    }

    /** Serialises publications: the version comparison and the insert happen under one lock. */
    void lockForPublication() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('masterdata.identity_schema'))")
                .query()
                .listOfRows();
    }

    void insert(String version, JsonNode document, Instant publishedAt) {
        jdbc.sql("INSERT INTO masterdata.identity_schema (version, document, published_at)"
                        + " VALUES (:version, CAST(:document AS jsonb), :publishedAt)")
                .param("version", version)
                .param("document", json.writeValueAsString(document))
                .param("publishedAt", OffsetDateTime.ofInstant(publishedAt, ZoneOffset.UTC))
                .update();
    }

    private StoredSchema stored(String version, String document, OffsetDateTime publishedAt) {
        return new StoredSchema(version, json.readTree(document), publishedAt.toInstant());
    }
}
