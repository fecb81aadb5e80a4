package org.openfid.masterdata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openfid.masterdata.MasterdataApi.Caller.ADMIN;
import static org.openfid.masterdata.MasterdataApi.Caller.ANONYMOUS;
import static org.openfid.masterdata.MasterdataApi.Caller.SERVICE;
import static org.openfid.masterdata.MasterdataApi.body;
import static org.openfid.masterdata.MasterdataApi.code;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.keys.RecordedFacts;
import org.openfid.masterdata.DocumentCategory;
import org.openfid.masterdata.DocumentType;
import org.openfid.masterdata.DynamicField;
import org.openfid.masterdata.Language;
import org.openfid.masterdata.LocationLevel;
import org.openfid.masterdata.MasterdataApi;
import org.openfid.masterdata.MasterdataTest;
import org.openfid.masterdata.ReferenceRecord;
import org.openfid.masterdata.Samples;
import org.openfid.masterdata.Template;
import org.openfid.masterdata.TemplateType;
import org.openfid.platform.ActionTaken;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The same life cycle through every reference resource: who may call, create (201 + Location),
 * duplicate, read, update with the version read, a stale version, an invalid body, an unknown key,
 * delete; every write audited without the key in clear.
 */
@MasterdataTest
class ReferenceCrudTests {

    @Autowired
    MasterdataApi api;

    @Autowired
    RecordedFacts facts;

    /**
     * @param path the resource's path
     * @param sample a fresh valid record (the demo country provides what it refers to)
     * @param keyField the field that names the record, missing from an empty body
     * @param readableByAnyAccount whether signed-in non-administrators may read it
     */
    record Resource(String path, Supplier<ReferenceRecord> sample, String keyField, boolean readableByAnyAccount) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Resource> resources() {
        String base = "/v1/masterdata/";
        return Stream.of(
                new Resource(base + "languages", ReferenceCrudTests::language, "code", true),
                new Resource(
                        base + "locations",
                        () -> Samples.location(Samples.code("ZN"), LocationLevel.ZONE, "PAM"),
                        "code",
                        true),
                new Resource(
                        base + "registrationcenters", () -> Samples.centre(Samples.fiveDigits(), "10101"), "id", false),
                new Resource(base + "machines", () -> Samples.machine(Samples.fiveDigits(), "10001"), "id", false),
                new Resource(base + "devices", () -> Samples.device(Samples.code("DEV"), "10001"), "id", false),
                new Resource(base + "users", () -> Samples.staff(Samples.code("user"), "10002"), "userId", false),
                new Resource(
                        base + "documentcategories",
                        () -> new DocumentCategory(Samples.code("CAT"), Samples.names("Proof"), true, 0),
                        "code",
                        false),
                new Resource(
                        base + "documenttypes",
                        () -> new DocumentType(
                                Samples.code("DOC"), Samples.names("Card"), List.of("POI", "POA"), true, 0),
                        "code",
                        false),
                new Resource(
                        base + "templates",
                        () -> new Template(
                                Samples.code("T_"), "eng", TemplateType.NOTIFICATION_SMS, null, "Hi ${name}", true, 0),
                        "code",
                        true),
                new Resource(
                        base + "dynamicfields",
                        () -> new DynamicField(
                                Samples.code("list"),
                                "test list",
                                List.of(new DynamicField.Entry("A", Samples.names("A"))),
                                true,
                                0),
                        "name",
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void onlyAdministratorsWriteAndOnlySignedInAccountsRead(Resource resource) {
        ReferenceRecord record = resource.sample().get();

        assertThat(api.get(ANONYMOUS, resource.path()).getResponse().getStatus())
                .isEqualTo(401);
        assertThat(api.post(ANONYMOUS, resource.path(), record).getResponse().getStatus())
                .isEqualTo(401);
        assertThat(api.post(SERVICE, resource.path(), record).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(api.delete(SERVICE, resource.path() + "/x").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(api.get(SERVICE, resource.path()).getResponse().getStatus())
                .isEqualTo(resource.readableByAnyAccount() ? 200 : 403);
        assertThat(api.get(ADMIN, resource.path()).getResponse().getStatus()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void createReadUpdateDeleteWithOptimisticLocking(Resource resource) {
        ReferenceRecord record = resource.sample().get();
        String one = resource.path() + "/" + record.key();

        var created = api.post(ADMIN, resource.path(), record);
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(created.getResponse().getHeader("Location")).endsWith(one);
        assertThat(body(created).path("version").asLong()).isEqualTo(1);
        assertThat(code(api.post(ADMIN, resource.path(), record))).isEqualTo("KER-MSD-409");

        JsonNode read = body(api.get(ADMIN, one));
        assertThat(read.path("active").asBoolean()).isTrue();
        ObjectNode changed = ((ObjectNode) read).put("active", false);
        var updated = api.put(ADMIN, one, changed);
        assertThat(updated.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(updated).path("version").asLong()).isEqualTo(2);
        assertThat(body(updated).path("active").asBoolean()).isFalse();

        var stale = api.put(ADMIN, one, changed.put("active", true));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(code(stale)).isEqualTo("KER-MSD-412");
        assertThat(body(api.get(ADMIN, one)).path("active").asBoolean()).isFalse();

        assertThat(api.delete(ADMIN, one).getResponse().getStatus()).isEqualTo(204);
        var gone = api.get(ADMIN, one);
        assertThat(gone.getResponse().getStatus()).isEqualTo(404);
        assertThat(code(gone)).isEqualTo("KER-MSD-404");
        assertThat(code(api.delete(ADMIN, one))).isEqualTo("KER-MSD-404");
        assertThat(code(api.put(ADMIN, one, changed))).isEqualTo("KER-MSD-404");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void anInvalidBodyIsRefusedFieldByFieldAndWritesNothing(Resource resource) {
        int before = body(api.get(ADMIN, resource.path())).size();

        var refused = api.post(ADMIN, resource.path(), "{}");

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(code(refused)).isEqualTo("INVALID_INPUT");
        assertThat(body(refused).path("violations").findValuesAsString("field")).contains(resource.keyField());
        assertThat(code(api.post(ADMIN, resource.path(), "{\"broken"))).isEqualTo("HTTP_400");
        assertThat(body(api.get(ADMIN, resource.path())).size()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void writesAreAuditedByKeyedHashOnly(Resource resource) {
        ReferenceRecord record = resource.sample().get();
        api.post(ADMIN, resource.path(), record);
        api.post(ADMIN, resource.path(), record);

        List<ActionTaken> mine = facts.stream()
                .filter(fact ->
                        fact.module().equals("masterdata") && fact.action().endsWith("_CREATED"))
                .filter(fact -> "admin".equals(fact.actor()))
                .toList();
        assertThat(mine)
                .isNotEmpty()
                .allSatisfy(fact -> assertThat(fact.targetHash()).hasSize(64).doesNotContain(record.key()));
        assertThat(mine)
                .anyMatch(fact -> fact.outcome() == ActionTaken.Outcome.FAILURE && "KER-MSD-409".equals(fact.detail()));
    }

    private static final java.util.concurrent.atomic.AtomicInteger LANGUAGES =
            new java.util.concurrent.atomic.AtomicInteger();

    /** A fresh code in ISO 639-3's range for local use (qaa-qtz). */
    private static Language language() {
        int n = LANGUAGES.getAndIncrement();
        String code = "q" + (char) ('a' + n / 26 % 20) + (char) ('a' + n % 26);
        return new Language(code, "Local " + code, "Local", false, true, 0);
    }
}
