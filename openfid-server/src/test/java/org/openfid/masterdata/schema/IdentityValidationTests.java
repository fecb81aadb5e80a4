package org.openfid.masterdata.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openfid.masterdata.schema.DemoCountry.JSON;
import static org.openfid.masterdata.schema.DemoCountry.LISTS;
import static org.openfid.masterdata.schema.DemoCountry.check;
import static org.openfid.masterdata.schema.DemoCountry.sampleIdentity;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.masterdata.SchemaViolation;
import org.openfid.masterdata.ValidationPurpose;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Validation of identities against the demo schema: every kind of violation, all at once. */
class IdentityValidationTests {

    @Test
    void theSampleIdentityInBothLanguagesIsValid() {
        assertThat(check(ValidationPurpose.NEW, "eng", LISTS).run(sampleIdentity()))
                .isEmpty();
    }

    @Test
    void reportsEveryViolationAtOnceWithItsPath() {
        ObjectNode identity = sampleIdentity();
        identity.remove("gender");
        identity.put("nickname", "JD");
        identity.put("IDSchemaVersion", "0.1");
        identity.set(
                "fullName",
                JSON.readTree("[{\"language\":\"eng\",\"value\":\"\"},{\"language\":\"fra\",\"value\":\"Jeanne\"}]"));
        identity.put("dateOfBirth", "1990/02/30");
        identity.put("postalCode", "1402");
        identity.put("phone", "call me");
        identity.put("email", "jane.example.org");
        identity.set(
                "residenceStatus",
                JSON.readTree("[{\"language\":\"eng\",\"value\":\"XX\"},{\"language\":\"ara\",\"value\":\"NFR\"}]"));
        identity.set("proofOfIdentity", JSON.readTree("{\"format\":\"pdf\",\"value\":\"proofOfIdentity\"}"));
        identity.put("individualBiometrics", "cbeff");
        identity.set("selectedHandles", JSON.readTree("[\"phone\",\"fullName\"]"));

        List<SchemaViolation> violations =
                check(ValidationPurpose.NEW, "eng", LISTS).run(identity);

        assertThat(violations)
                .extracting(SchemaViolation::path, SchemaViolation::code)
                .containsExactlyInAnyOrder(
                        tuple("identity.IDSchemaVersion", "TYPE"),
                        tuple("identity.fullName[0].value", "LENGTH"),
                        tuple("identity.fullName[0].value", "PATTERN"),
                        tuple("identity.fullName[1].language", "UNKNOWN_LANGUAGE"),
                        tuple("identity.fullName", "LANGUAGE_MISSING"),
                        tuple("identity.dateOfBirth", "DATE"),
                        tuple("identity.postalCode", "PATTERN"),
                        tuple("identity.phone", "PHONE"),
                        tuple("identity.phone", "PATTERN"),
                        tuple("identity.email", "EMAIL"),
                        tuple("identity.residenceStatus[0].value", "NOT_IN_LIST"),
                        tuple("identity.proofOfIdentity.type", "DOCUMENT"),
                        tuple("identity.individualBiometrics", "BIOMETRICS"),
                        tuple("identity.selectedHandles[1]", "NOT_A_HANDLE"),
                        tuple("identity.nickname", "UNKNOWN_FIELD"),
                        tuple("identity.gender", "REQUIRED"));
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }

    @Test
    void messagesNeverRepeatTheValues() {
        ObjectNode identity = sampleIdentity();
        identity.put("email", "secret-address.example.org");
        identity.put("dateOfBirth", "1990/13/01");

        List<SchemaViolation> violations =
                check(ValidationPurpose.NEW, "eng", LISTS).run(identity);

        assertThat(violations).hasSize(2);
        assertThat(violations)
                .extracting(SchemaViolation::message)
                .noneMatch(m -> m.contains("secret") || m.contains("1990"));
    }

    @Test
    void messagesAreInArabicWithArabicLabels() {
        ObjectNode identity = sampleIdentity();
        identity.remove("fullName");
        identity.put("postalCode", "1402");

        List<SchemaViolation> violations =
                check(ValidationPurpose.NEW, "ara", LISTS).run(identity);

        assertThat(violations)
                .extracting(SchemaViolation::path, SchemaViolation::message)
                .containsExactlyInAnyOrder(
                        tuple("identity.fullName", "الاسم الكامل مطلوب"),
                        tuple("identity.postalCode", "صيغة الرمز البريدي غير صحيحة"));
    }

    @Test
    void aLanguageWithoutTemplatesFallsBackToTheBuiltInEnglishMessages() {
        ObjectNode identity = sampleIdentity();
        identity.remove("fullName");
        identity.set("addressLine1", JSON.readTree("[{\"language\":\"eng\",\"value\":\"12 Main st\"}]"));

        List<SchemaViolation> violations =
                check(ValidationPurpose.NEW, "fra", LISTS).run(identity);

        assertThat(violations)
                .extracting(SchemaViolation::message)
                .containsExactlyInAnyOrder("Full name is required", "Address line 1 must be given in ara");
    }

    @Test
    void lengthMessagesCarryTheBoundsAndValidatorKeysTheirOwnTemplate() {
        ObjectNode identity = sampleIdentity();
        identity.set(
                "fullName",
                JSON.readTree("[{\"language\":\"eng\",\"value\":\"" + "J".repeat(101)
                        + "\"},{\"language\":\"ara\",\"value\":\"Jane\"}]"));

        List<SchemaViolation> english =
                check(ValidationPurpose.NEW, "eng", LISTS).run(identity);
        List<SchemaViolation> arabic =
                check(ValidationPurpose.NEW, "ara", LISTS).run(identity);

        assertThat(english)
                .extracting(SchemaViolation::path, SchemaViolation::code, SchemaViolation::message)
                .containsExactlyInAnyOrder(
                        tuple(
                                "identity.fullName[0].value",
                                "LENGTH",
                                "Full name must be between 1 and 100 characters long"),
                        tuple("identity.fullName[1].value", "PATTERN", "Full name must be written in Arabic letters"));
        assertThat(arabic)
                .extracting(SchemaViolation::message)
                .containsExactlyInAnyOrder(
                        "يجب أن يكون طول الاسم الكامل بين 1 و100 حرفاً", "يجب كتابة الاسم الكامل بالحروف العربية");
    }

    @Test
    void ageOutsideItsRangeAndDatesInTheFutureAreViolations() {
        ObjectNode identity = sampleIdentity();
        identity.put("dateOfBirth", "1850/01/01");
        ObjectNode unborn = sampleIdentity();
        unborn.put("dateOfBirth", "2030/01/01");

        assertThat(check(ValidationPurpose.NEW, "eng", LISTS).run(identity))
                .extracting(SchemaViolation::code, SchemaViolation::message)
                .containsExactly(tuple("AGE_RANGE", "The age from Date of birth must be between 0 and 150 years"));
        assertThat(check(ValidationPurpose.NEW, "eng", LISTS).run(unborn))
                .extracting(SchemaViolation::path, SchemaViolation::code)
                .contains(tuple("identity.dateOfBirth", "AGE_RANGE"));
    }

    @Test
    void aChildNeedsAnIntroducer() {
        ObjectNode child = sampleIdentity();
        child.put("dateOfBirth", "2022/01/01");

        List<SchemaViolation> violations =
                check(ValidationPurpose.NEW, "eng", LISTS).run(child);

        assertThat(violations)
                .extracting(SchemaViolation::path)
                .containsExactlyInAnyOrder(
                        "identity.introducerName",
                        "identity.introducerUIN",
                        "identity.introducerBiometrics",
                        "identity.proofOfRelationship");
        child.set(
                "introducerName",
                JSON.readTree(
                        "[{\"language\":\"eng\",\"value\":\"John Doe\"},{\"language\":\"ara\",\"value\":\"جون دو\"}]"));
        child.put("introducerUIN", "5823659174");
        child.set(
                "introducerBiometrics",
                JSON.readTree("{\"format\":\"cbeff\",\"version\":1.0,\"value\":\"introducerBiometrics\"}"));
        child.set(
                "proofOfRelationship",
                JSON.readTree("{\"format\":\"pdf\",\"type\":\"DOC004\",\"value\":\"proofOfRelationship\"}"));
        assertThat(check(ValidationPurpose.NEW, "eng", LISTS).run(child)).isEmpty();
    }

    @Test
    void aForeignerNeedsAProofOfAddress() {
        ObjectNode foreigner = sampleIdentity();
        foreigner.remove("proofOfAddress");
        foreigner.set(
                "residenceStatus",
                JSON.readTree("[{\"language\":\"eng\",\"value\":\"FR\"},{\"language\":\"ara\",\"value\":\"FR\"}]"));
        ObjectNode resident = sampleIdentity();
        resident.remove("proofOfAddress");

        assertThat(check(ValidationPurpose.NEW, "eng", LISTS).run(foreigner))
                .extracting(SchemaViolation::path, SchemaViolation::code)
                .containsExactly(tuple("identity.proofOfAddress", "REQUIRED"));
        assertThat(check(ValidationPurpose.NEW, "eng", LISTS).run(resident)).isEmpty();
    }

    @Test
    void anUpdateChecksOnlyWhatItCarries() {
        ObjectNode update = (ObjectNode) JSON.readTree("{\"phone\":\"12\",\"dateOfBirth\":\"2022/01/01\"}");

        assertThat(check(ValidationPurpose.UPDATE, "eng", LISTS).run(update))
                .extracting(SchemaViolation::path, SchemaViolation::code)
                .containsExactlyInAnyOrder(tuple("identity.phone", "PHONE"), tuple("identity.phone", "PATTERN"));
    }

    @Test
    void anUpdateMayNotClearARequiredFieldNorOneItsOwnRuleRequires() {
        ObjectNode update = (ObjectNode) JSON.readTree("""
                {"email": null, "dateOfBirth": "2022/01/01", "introducerName": [],
                 "residenceStatus": [{"language":"eng","value":"FR"},{"language":"ara","value":"FR"}]}
                """);
        ObjectNode otherSideAbsent = (ObjectNode) JSON.readTree("{\"introducerName\": [], \"proofOfAddress\": null}");

        assertThat(check(ValidationPurpose.UPDATE, "eng", LISTS).run(update))
                .extracting(SchemaViolation::path, SchemaViolation::code)
                .containsExactlyInAnyOrder(
                        tuple("identity.email", "REQUIRED"), tuple("identity.introducerName", "REQUIRED"));
        assertThat(check(ValidationPurpose.UPDATE, "eng", LISTS).run(otherSideAbsent))
                .isEmpty();
    }

    @Test
    void listValuesAreCheckedOnlyWhenReferenceDataIsAvailable() {
        ObjectNode identity = sampleIdentity();
        identity.set(
                "gender",
                JSON.readTree(
                        "[{\"language\":\"eng\",\"value\":\"Female\"},{\"language\":\"ara\",\"value\":\"XYZ\"}]"));

        assertThat(check(ValidationPurpose.NEW, "eng", LISTS).run(identity))
                .extracting(SchemaViolation::path, SchemaViolation::code)
                .containsExactly(tuple("identity.gender[1].value", "NOT_IN_LIST"));
        assertThat(check(ValidationPurpose.NEW, "eng", null).run(identity)).isEmpty();
    }

    @Test
    void wrongShapesAreTypeViolations() {
        ObjectNode identity = sampleIdentity();
        identity.put("fullName", "Jane Doe");
        ArrayNode gender = JSON.createArrayNode();
        gender.add("FLE");
        identity.set("gender", gender);
        identity.put("postalCode", 14022);
        identity.set("selectedHandles", JSON.readTree("\"phone\""));

        assertThat(check(ValidationPurpose.NEW, "eng", LISTS).run(identity))
                .extracting(SchemaViolation::path, SchemaViolation::code)
                .containsExactlyInAnyOrder(
                        tuple("identity.fullName", "TYPE"),
                        tuple("identity.gender[0]", "TYPE"),
                        tuple("identity.gender", "LANGUAGE_MISSING"),
                        tuple("identity.gender", "LANGUAGE_MISSING"),
                        tuple("identity.postalCode", "TYPE"),
                        tuple("identity.selectedHandles", "TYPE"));
        assertThat(check(ValidationPurpose.NEW, "eng", LISTS).run(JSON.readTree("[]")))
                .extracting(SchemaViolation::path, SchemaViolation::code)
                .containsExactly(tuple("identity", "TYPE"));
    }

    @Test
    void aLanguageGivenTwiceIsAViolation() {
        ObjectNode identity = sampleIdentity();
        ((ArrayNode) identity.get("city")).addObject().put("language", "eng").put("value", "Rabat");

        assertThat(check(ValidationPurpose.NEW, "eng", LISTS).run(identity))
                .extracting(SchemaViolation::path, SchemaViolation::code)
                .containsExactly(tuple("identity.city[2].language", "DUPLICATE_LANGUAGE"));
    }
}
