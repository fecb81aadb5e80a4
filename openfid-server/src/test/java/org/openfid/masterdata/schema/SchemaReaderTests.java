package org.openfid.masterdata.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openfid.masterdata.schema.DemoCountry.JSON;

import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openfid.masterdata.FieldCategory;
import org.openfid.masterdata.FieldType;
import org.openfid.masterdata.FieldValidator;
import org.openfid.masterdata.IdentitySchema;
import org.openfid.masterdata.MasterdataError;
import org.openfid.masterdata.MasterdataException;
import org.openfid.masterdata.RequiredOn;
import org.openfid.masterdata.SchemaField;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading schema documents: the demo reads completely; every kind of bad document is refused. */
class SchemaReaderTests {

    @Test
    void readsTheDemoSchemaWithEveryFieldProperty() {
        IdentitySchema schema = SchemaReader.read(DemoCountry.schemaDocument(), Instant.EPOCH);

        assertThat(schema.version()).isEqualTo("0.1");
        assertThat(schema.fields()).hasSize(29);
        SchemaField fullName = schema.field("fullName").orElseThrow();
        assertThat(fullName.type()).isEqualTo(FieldType.TEXT);
        assertThat(fullName.category()).isEqualTo(FieldCategory.PVT);
        assertThat(fullName.updateLimit()).isEqualTo(3);
        assertThat(fullName.labels()).containsEntry("ara", "الاسم الكامل");
        assertThat(fullName.validators())
                .extracting(FieldValidator::kind, FieldValidator::language, FieldValidator::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(FieldValidator.Kind.REGEX, "ara", "NAME_ARABIC"));
        assertThat(schema.field("introducerName").orElseThrow().requiredOn())
                .containsExactly(new RequiredOn("dateOfBirth", RequiredOn.Operator.AGE_BELOW, "5"));
        assertThat(schema.field("proofOfAddress").orElseThrow().requiredOn())
                .containsExactly(new RequiredOn("residenceStatus", RequiredOn.Operator.EQUALS, "FR"));
        assertThat(schema.biometricFields())
                .extracting(SchemaField::id)
                .containsExactly("individualBiometrics", "introducerBiometrics");
        assertThat(schema.field("individualBiometrics").orElseThrow().bioAttributes())
                .hasSize(13)
                .contains("face");
        assertThat(schema.documentFields()).hasSize(5);
        assertThat(schema.field("selectedHandles").orElseThrow().type()).isEqualTo(FieldType.HANDLES);
    }

    @Test
    void refusesAnUnknownType() {
        assertRefused(d -> field(d, "gender").put("type", "choice"), "fields[4] (gender).type: unknown type 'choice'");
    }

    @Test
    void refusesDuplicateFieldIds() {
        assertRefused(d -> field(d, "email").put("id", "phone"), "fields[14].id: duplicate field id 'phone'");
    }

    @Test
    void refusesABadRegularExpression() {
        assertRefused(
                d -> ((ObjectNode) field(d, "postalCode").get("validators").get(0)).put("pattern", "^[0-9{5}$"),
                "(postalCode).validators[0].pattern: not a valid regular expression");
    }

    @Test
    void refusesARuleOnAnUnknownField() {
        assertRefused(
                d -> ((ObjectNode) field(d, "proofOfAddress").get("requiredOn").get(0)).put("field", "residence"),
                "proofOfAddress.requiredOn[0].field: 'residence' is not a field of this schema");
    }

    @Test
    void refusesAnAgeRuleOnAFieldThatIsNoDate() {
        assertRefused(
                d -> ((ObjectNode) field(d, "introducerName").get("requiredOn").get(0)).put("field", "fullName"),
                "introducerName.requiredOn[0]: ageBelow needs a DATE field, 'fullName' is TEXT");
    }

    @Test
    void refusesAnEnumWithoutDynamicList() {
        assertRefused(d -> field(d, "gender").remove("dynamicList"), "(gender): an ENUM field needs a dynamicList");
    }

    @Test
    void refusesAnUnknownOperatorCategoryAndValidatorKind() {
        assertRefused(
                d -> {
                    ((ObjectNode) field(d, "proofOfAddress").get("requiredOn").get(0)).put("operator", "is");
                    field(d, "UIN").put("category", "secret");
                    ((ObjectNode) field(d, "UIN").get("validators").get(0)).put("kind", "checksum");
                },
                "unknown operator 'is'",
                "(UIN).category: unknown category 'secret' (expected one of pvt, kyc, evidence, optional, none)",
                "(UIN).validators[0].kind: unknown kind 'checksum'");
    }

    @Test
    void refusesMisspelledProperties() {
        assertRefused(d -> field(d, "UIN").put("requried", true), "fields[1].requried: unknown property");
    }

    @Test
    void refusesLanguageProblems() {
        assertRefused(
                d -> {
                    d.set("optionalLanguages", JSON.readTree("[\"ara\", \"FR\"]"));
                    ((ObjectNode) field(d, "city").get("labels")).remove("ara");
                    ((ObjectNode) field(d, "city").get("labels")).put("fra", "Ville");
                },
                "optionalLanguages: ara is already a mandatory language",
                "optionalLanguages[1]: must be a three-letter lower-case ISO 639-3 code",
                "(city).labels.fra: not a language of this schema",
                "(city).labels: no label in mandatory language ara");
        assertRefused(
                d -> d.set("mandatoryLanguages", JSON.createArrayNode()), "mandatoryLanguages: must be a non-empty");
    }

    @Test
    void refusesValidatorsThatDoNotFitTheirField() {
        assertRefused(
                d -> {
                    ((ArrayNode) field(d, "fullName").get("validators"))
                            .addObject()
                            .put("kind", "ageRange")
                            .put("min", 1);
                    ((ArrayNode) field(d, "city").get("validators")).addObject().put("kind", "length");
                    ((ObjectNode) field(d, "addressLine1").get("validators").get(0)).put("min", 200);
                },
                "(fullName).validators[3]: a ageRange validator does not apply to a TEXT field",
                "(city).validators[1]: a length validator needs min, max or both",
                "(addressLine1).validators[0]: min 200 is greater than max 100");
    }

    @Test
    void refusesBadHandlesBiometricsAndLimits() {
        assertRefused(
                d -> {
                    field(d, "fullName").put("handle", true);
                    field(d, "individualBiometrics").set("bioAttributes", JSON.readTree("[\"leftFoot\"]"));
                    field(d, "gender").put("updateLimit", -1);
                    field(d, "introducerBiometrics").remove("bioAttributes");
                },
                "(fullName).handle: only STRING, PHONE and EMAIL fields can be handles",
                "(individualBiometrics).bioAttributes[0]: not a biometric attribute",
                "(gender).updateLimit: must be a whole number of at least 0",
                "(introducerBiometrics).bioAttributes: a BIOMETRICS field must list its attributes");
    }

    @Test
    void refusesABadVersionAndAnythingButAnObject() {
        assertRefused(d -> d.put("version", "v2"), "version: must be numbers separated by dots");
        assertRefused(d -> d.remove("version"), "version: is missing");
        assertThatThrownBy(() -> SchemaReader.read(JSON.readTree("[]"), Instant.EPOCH))
                .hasMessage("the document must be a JSON object");
    }

    @Test
    void ordersVersionsNumerically() {
        assertThat(SchemaVersions.compare("0.2", "0.10")).isNegative();
        assertThat(SchemaVersions.compare("1.0", "1")).isZero();
        assertThat(SchemaVersions.compare("2.0.1", "2.0")).isPositive();
    }

    private static ObjectNode field(ObjectNode document, String id) {
        for (var field : document.get("fields")) {
            if (field.path("id").asString().equals(id)) {
                return (ObjectNode) field;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static void assertRefused(Consumer<ObjectNode> change, String... fragments) {
        ObjectNode document = (ObjectNode) DemoCountry.schemaDocument();
        change.accept(document);
        assertThatThrownBy(() -> SchemaReader.read(document, Instant.EPOCH))
                .isInstanceOfSatisfying(
                        MasterdataException.class, e -> assertThat(e.error()).isEqualTo(MasterdataError.INVALID_SCHEMA))
                .hasMessageContainingAll(fragments);
    }
}
