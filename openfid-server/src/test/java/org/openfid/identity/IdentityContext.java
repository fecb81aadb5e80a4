package org.openfid.identity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.openfid.masterdata.country.CountrySection;
import org.openfid.platform.ActionTaken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One application context (real embedded PostgreSQL, PKCS#12 vault, sealing on) shared by the
 * identity record tests, with the demo country's schema published and every published event and
 * audit fact recorded.
 */
@SpringBootTest(
        properties = {
            "openfid.data-dir=target/test-data/identity-records-${random.uuid}",
            "openfid.admin.password=" + IdentityContext.ADMIN_PASSWORD,
            "openfid.masterdata.load-country-on-start=false",
            "openfid.service-accounts[0].name=regproc",
            "openfid.service-accounts[0].password=regproc-secret-123",
            "openfid.service-accounts[0].roles=REGISTRATION_PROCESSOR"
        })
@AutoConfigureMockMvc
@Import(IdentityContext.Recorders.class)
public abstract class IdentityContext {

    public static final String ADMIN_PASSWORD = "identity-test-admin";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong RIDS =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L));

    @Autowired
    protected Identities identities;

    @Autowired
    protected Recorded recorded;

    @Autowired
    List<CountrySection> sections;

    @BeforeEach
    void demoSchemaPublished() {
        sections.stream()
                .filter(section -> section.name().equals("identity schema"))
                .findFirst()
                .orElseThrow()
                .load(Path.of("src/main/resources/country/demo"));
    }

    /** A fresh well-formed RID. */
    protected static Rid rid() {
        return new Rid("1000110002" + String.format("%019d", RIDS.incrementAndGet()));
    }

    /** A complete identity valid under the demo schema, with a unique phone and e-mail as handles. */
    protected static ObjectNode person(String name, String phone, String email) {
        ObjectNode identity = JSON.createObjectNode();
        identity.put("IDSchemaVersion", 0.1);
        identity.set("fullName", text(name, "جين دو"));
        identity.put("dateOfBirth", "1990/05/15");
        identity.set("gender", text("FLE", "أنثى"));
        for (String field :
                List.of("addressLine1", "addressLine2", "addressLine3", "region", "province", "city", "zone")) {
            identity.set(field, text("Main street 12", "الشارع الرئيسي"));
        }
        identity.put("postalCode", "12345");
        identity.put("phone", phone);
        identity.put("email", email);
        identity.set("residenceStatus", text("NFR", "غير مقيم"));
        identity.set(
                "proofOfIdentity",
                JSON.readTree("{\"format\":\"pdf\",\"type\":\"DOC001\",\"value\":\"proofOfIdentity\"}"));
        identity.set(
                "individualBiometrics",
                JSON.readTree("{\"format\":\"cbeff\",\"version\":1.0,\"value\":\"individualBiometrics_bio_CBEFF\"}"));
        identity.set("selectedHandles", JSON.createArrayNode().add("phone").add("email"));
        return identity;
    }

    protected static ObjectNode person() {
        long n = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        return person("Jane Doe", "+2547" + n, "jane" + n + "@example.org");
    }

    protected static tools.jackson.databind.node.ArrayNode text(String english, String arabic) {
        var array = JSON.createArrayNode();
        array.addObject().put("language", "eng").put("value", english);
        array.addObject().put("language", "ara").put("value", arabic);
        return array;
    }

    protected static List<IdentityDocument> documents(String marker) {
        return List.of(
                new IdentityDocument(
                        "proofOfIdentity", ("%PDF-1.4 passport of " + marker).getBytes(StandardCharsets.UTF_8)),
                new IdentityDocument(
                        "individualBiometrics",
                        ("<BIR><BDB>fingerprint of " + marker + "</BDB></BIR>").getBytes(StandardCharsets.UTF_8)));
    }

    protected Identities.IdentityRef create(ObjectNode identity) {
        return identities.create(new NewIdentity(rid(), null, identity, documents("someone")));
    }

    /** Events and audit facts published on any thread. */
    public static class Recorded {
        public final List<Object> events = new CopyOnWriteArrayList<>();
        public final List<ActionTaken> facts = new CopyOnWriteArrayList<>();

        @EventListener
        void on(IdentityCreated event) {
            events.add(event);
        }

        @EventListener
        void on(IdentityUpdated event) {
            events.add(event);
        }

        @EventListener
        void on(IdentityStatusChanged event) {
            events.add(event);
        }

        @EventListener
        void on(ActionTaken fact) {
            facts.add(fact);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recorders {
        @Bean
        Recorded recorded() {
            return new Recorded();
        }
    }
}
