package org.openfid.masterdata;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.openfid.masterdata.country.CountrySection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One application context (real embedded PostgreSQL) shared by the identity schema tests. The demo
 * country's schema is loaded before each test (a no-op after the first time), so it is always the
 * oldest version; tests that publish use versions above every version published so far, derived
 * from the demo document, so the current schema always behaves like the demo one.
 */
@SpringBootTest(
        properties = {
            "openfid.data-dir=target/test-data/masterdata-schema-${random.uuid}",
            "openfid.admin.password=" + SchemaContext.ADMIN_PASSWORD,
            "openfid.masterdata.load-country-on-start=false"
        })
@AutoConfigureMockMvc
public abstract class SchemaContext {

    public static final String ADMIN_PASSWORD = "schema-test-admin";
    public static final Path DEMO = Path.of("src/main/resources/country/demo");
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger NEXT_MAJOR = new AtomicInteger(100);

    @Autowired
    protected IdentitySchemas schemas;

    @Autowired
    protected java.util.List<CountrySection> sections;

    @BeforeEach
    void demoCountrySchemaLoaded() {
        section().load(DEMO);
    }

    protected CountrySection section() {
        return sections.stream()
                .filter(section -> section.name().equals("identity schema"))
                .findFirst()
                .orElseThrow();
    }

    /** The demo schema document as shipped. */
    protected static ObjectNode demoDocument() {
        try {
            return (ObjectNode) JSON.readTree(DEMO.resolve("schema.json").toFile());
        } catch (RuntimeException e) {
            throw e;
        }
    }

    /** The demo document under a version newer than any published in this run. */
    protected static ObjectNode newerDemoDocument() {
        ObjectNode document = demoDocument();
        document.put("version", NEXT_MAJOR.incrementAndGet() + ".0");
        return document;
    }

    protected static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
