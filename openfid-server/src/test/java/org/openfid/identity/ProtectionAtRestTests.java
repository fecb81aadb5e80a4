package org.openfid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openfid.platform.PlatformProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dumps every row of every table of every schema (bytea as hex, as pg_dump writes it) after creating
 * and updating identities, and every blob file, and finds none of the person's data in plaintext.
 */
class ProtectionAtRestTests extends IdentityContext {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformProperties platform;

    @Autowired
    IdentityDrafts drafts;

    @Test
    void neitherTheDatabaseNorTheBlobFilesHoldNamesBirthDatesPhonesEmailsOrUins() throws Exception {
        ObjectNode person = person("Zainab Quraishi", "+254711987654", "zainab.quraishi@example.org");
        person.put("dateOfBirth", "1987/11/23");
        Identities.IdentityRef created = identities.create(new NewIdentity(rid(), null, person, documents("Zainab")));
        ObjectNode change = JSON.createObjectNode();
        change.set("addressLine1", text("Baobab Avenue 77", "شارع الباوباب"));
        identities.update(new IdentityChange(rid(), created.uin(), change, List.of(), null));
        identities.changeStatus(IndividualId.of(created.uin()), UinStatus.BLOCKED, "Zainab asked for it");
        Rid draft = rid();
        drafts.create(draft, created.uin());

        List<String> secrets = List.of(
                "Zainab",
                "Quraishi",
                "1987/11/23",
                "254711987654",
                "zainab.quraishi@example.org",
                "Baobab",
                created.uin().value());
        String dump = dump();
        assertThat(dump).contains("identity_record"); // the dump really covers the identity tables
        for (String secret : secrets) {
            assertThat(dump).as("database dump").doesNotContain(secret);
            assertThat(dump).as("database dump, hex").doesNotContain(hex(secret));
        }

        Path blobs = platform.dataDir().resolve("blobs");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(blobs)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(2);
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(content).doesNotContain("Zainab", "%PDF", "<BIR>");
        }
        // and yet everything reads back
        assertThat(identities
                        .read(IndividualId.of(created.uin()), ReadScope.ALL)
                        .documents())
                .containsExactlyInAnyOrderElementsOf(documents("Zainab"));
    }

    /** Every row of every table as text, prefixed by its table name. */
    private String dump() {
        List<String> tables = jdbc.sql("select table_schema || '.' || table_name from information_schema.tables"
                        + " where table_type = 'BASE TABLE'"
                        + " and table_schema not in ('pg_catalog', 'information_schema')")
                .query(String.class)
                .list();
        StringBuilder out = new StringBuilder();
        List<String> dumped = new ArrayList<>();
        for (String table : tables) {
            dumped.add(table);
            String quoted = '"' + table.replace(".", "\".\"") + '"';
            jdbc.sql("select t::text from " + quoted + " t")
                    .query(String.class)
                    .list()
                    .forEach(row -> out.append(table).append(": ").append(row).append('\n'));
        }
        assertThat(dumped).contains("identity.identity_version", "identity.identity_draft", "keys.secret_key");
        return out.toString();
    }

    private static String hex(String value) {
        return HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)).toLowerCase(Locale.ROOT);
    }
}
