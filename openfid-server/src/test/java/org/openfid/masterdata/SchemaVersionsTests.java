package org.openfid.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/** Publishing, versions kept forever, the current version, and idempotent country loading. */
class SchemaVersionsTests extends SchemaContext {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCountrySchemaIsPublishedOnceWhateverTheNumberOfLoads() {
        long before = count();

        int changed = section().load(DEMO);

        assertThat(changed).isZero();
        assertThat(count()).isEqualTo(before);
        IdentitySchema demo = schemas.version("0.1").orElseThrow();
        assertThat(demo.mandatoryLanguages()).containsExactly("eng", "ara");
        assertThat(demo.handles()).extracting(SchemaField::id).containsExactly("phone", "email");
        assertThat(demo.field("gender").orElseThrow().dynamicList()).isEqualTo("gender");
        assertThat(demo.field("dateOfBirth").orElseThrow().updateLimit()).isEqualTo(1);
    }

    @Test
    void aNewerVersionBecomesCurrentAndOldVersionsStayReadable() {
        ObjectNode document = newerDemoDocument();
        String version = document.path("version").asString();

        IdentitySchema published = schemas.publish(document);

        assertThat(published.version()).isEqualTo(version);
        assertThat(schemas.current().version()).isEqualTo(version);
        assertThat(schemas.version("0.1")).isPresent();
        assertThat(schemas.versions())
                .extracting(IdentitySchema::version)
                .startsWith("0.1")
                .endsWith(version);
    }

    @Test
    void publishingTheSameDocumentAgainCreatesNoVersion() {
        ObjectNode document = newerDemoDocument();
        schemas.publish(document);
        long before = count();

        IdentitySchema again = schemas.publish(document.deepCopy());

        assertThat(again.version()).isEqualTo(document.path("version").asString());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anOlderOrEqualVersionIsRejectedAndChangesNothing() {
        ObjectNode newest = newerDemoDocument();
        schemas.publish(newest);
        long before = count();
        ObjectNode same = newest.deepCopy();
        same.put("description", "changed");
        ObjectNode older = demoDocument();
        older.put("version", "0.0.5");

        assertThatThrownBy(() -> schemas.publish(same))
                .isInstanceOf(MasterdataException.class)
                .hasMessageContaining("already published with a different document");
        assertThatThrownBy(() -> schemas.publish(older))
                .isInstanceOf(MasterdataException.class)
                .hasMessageContaining("0.0.5 is not newer than the current version "
                        + newest.path("version").asString());
        assertThat(count()).isEqualTo(before);
        assertThat(schemas.current().version()).isEqualTo(newest.path("version").asString());
    }

    @Test
    void aBadSchemaFileInACountryFolderIsAnInvalidCountryAndLoadsNothing(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        ObjectNode document = newerDemoDocument();
        document.put("mandatoryLanguages", "eng");
        Files.writeString(folder.resolve("schema.json"), document.toString());
        Files.writeString(folder.resolve("validation-messages.json"), "{\"fra\":{\"REQUIRED\":\"{field} requis\"}}");
        long before = count();

        assertThatThrownBy(() -> section().load(folder))
                .isInstanceOfSatisfying(
                        MasterdataException.class,
                        e -> assertThat(e.error()).isEqualTo(MasterdataError.INVALID_COUNTRY))
                .hasMessageContaining("schema.json: mandatoryLanguages");
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM masterdata.validation_message WHERE language = 'fra'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void notJsonIsAnInvalidCountryNamingTheFile(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("schema.json"), "{\n \"version\": ");

        assertThatThrownBy(() -> section().load(folder))
                .isInstanceOf(MasterdataException.class)
                .hasMessageStartingWith("schema.json: not valid JSON");
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM masterdata.identity_schema")
                .query(Long.class)
                .single();
    }
}
