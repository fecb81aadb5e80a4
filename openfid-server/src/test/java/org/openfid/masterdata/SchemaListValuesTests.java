package org.openfid.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openfid.masterdata.reference.ReferenceStores;
import org.springframework.beans.factory.annotation.Autowired;

/** ENUM fields are checked against the country's dynamic field lists through the real ReferenceData. */
class SchemaListValuesTests extends SchemaContext {

    @Autowired
    ReferenceStores stores;

    @Test
    void anEnumValueOutsideItsDynamicListIsAViolation() {
        stores.of(Language.class).upsert(new Language("eng", "English", "English", false, true, 0));
        stores.of(Language.class).upsert(new Language("ara", "Arabic", "العربية", true, true, 0));
        stores.of(DynamicField.class)
                .upsert(new DynamicField(
                        "gender",
                        null,
                        List.of(
                                new DynamicField.Entry("FLE", Map.of("eng", "Female", "ara", "أنثى")),
                                new DynamicField.Entry("MLE", Map.of("eng", "Male", "ara", "ذكر"))),
                        true,
                        0));
        var update = json("""
                {"gender": [{"language":"eng","value":"Female"},{"language":"ara","value":"XYZ"}]}
                """);

        assertThat(schemas.validate(update, ValidationPurpose.UPDATE, "ara"))
                .extracting(SchemaViolation::path, SchemaViolation::code, SchemaViolation::message)
                .containsExactly(
                        tuple("identity.gender[1].value", "NOT_IN_LIST", "قيمة الجنس ليست من القيم المسموح بها"));
    }

    @Test
    void anEnumWhoseListTheCountryHasNotDefinedIsCheckedForShapeOnly() {
        var update = json("""
                {"residenceStatus": [{"language":"eng","value":"ANY"},{"language":"ara","value":"ANY"}]}
                """);

        assertThat(schemas.validate(update, ValidationPurpose.UPDATE, "eng")).isEmpty();
    }
}
