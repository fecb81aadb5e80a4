package org.openfid.masterdata.schema;

import java.io.File;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.openfid.masterdata.ReferenceData.ListValue;
import org.openfid.masterdata.ValidationPurpose;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The shipped demo schema and messages, read from the source tree, and a sample identity. */
final class DemoCountry {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final File FOLDER = new File("src/main/resources/country/demo");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    /** The demo country's dynamic field lists (the reference data part ships the same codes). */
    static final BiFunction<String, String, Optional<List<ListValue>>> LISTS = (name, language) -> switch (name) {
        case "gender" ->
            Optional.of(List.of(
                    new ListValue("MLE", "eng".equals(language) ? "Male" : "ذكر"),
                    new ListValue("FLE", "eng".equals(language) ? "Female" : "أنثى"),
                    new ListValue("OTH", "eng".equals(language) ? "Other" : "آخر")));
        case "residenceStatus" ->
            Optional.of(List.of(
                    new ListValue("FR", "eng".equals(language) ? "Foreigner" : "أجنبي"),
                    new ListValue("NFR", "eng".equals(language) ? "Non-foreigner" : "مواطن")));
        default -> Optional.empty();
    };

    private DemoCountry() {}

    static JsonNode schemaDocument() {
        return JSON.readTree(new File(FOLDER, "schema.json"));
    }

    static CompiledSchema compiled() {
        Map<String, Map<String, String>> templates = new HashMap<>();
        for (var language :
                JSON.readTree(new File(FOLDER, "validation-messages.json")).properties()) {
            Map<String, String> byCode = new HashMap<>();
            language.getValue()
                    .properties()
                    .forEach(t -> byCode.put(t.getKey(), t.getValue().asString()));
            templates.put(language.getKey(), byCode);
        }
        return new CompiledSchema(SchemaReader.read(schemaDocument(), Instant.EPOCH), templates);
    }

    static IdentityCheck check(
            ValidationPurpose purpose,
            String language,
            @Nullable BiFunction<String, String, Optional<List<ListValue>>> lists) {
        return new IdentityCheck(compiled(), purpose, language, TODAY, lists);
    }

    /** An adult resident given in both mandatory languages, like MOSIP's sample create request. */
    static ObjectNode sampleIdentity() {
        return (ObjectNode) JSON.readTree("""
                {
                  "IDSchemaVersion": 0.1,
                  "UIN": "4823659174",
                  "fullName": [{"language":"eng","value":"Jane Doe"},{"language":"ara","value":"جين دو"}],
                  "dateOfBirth": "1990/05/15",
                  "gender": [{"language":"eng","value":"FLE"},{"language":"ara","value":"FLE"}],
                  "addressLine1": [{"language":"eng","value":"12 Main st"},{"language":"ara","value":"12 الشارع الرئيسي"}],
                  "addressLine2": [{"language":"eng","value":"Block 4"},{"language":"ara","value":"المبنى 4"}],
                  "addressLine3": [{"language":"eng","value":"Near the park"},{"language":"ara","value":"قرب الحديقة"}],
                  "region": [{"language":"eng","value":"Rabat Sale Kenitra"},{"language":"ara","value":"الرباط سلا القنيطرة"}],
                  "province": [{"language":"eng","value":"Kenitra"},{"language":"ara","value":"القنيطرة"}],
                  "city": [{"language":"eng","value":"Kenitra"},{"language":"ara","value":"القنيطرة"}],
                  "zone": [{"language":"eng","value":"Mograne"},{"language":"ara","value":"المگرن"}],
                  "postalCode": "14022",
                  "phone": "9876543210",
                  "email": "jane@example.org",
                  "residenceStatus": [{"language":"eng","value":"NFR"},{"language":"ara","value":"NFR"}],
                  "preferredLang": "ara",
                  "proofOfIdentity": {"format":"pdf","type":"DOC001","value":"proofOfIdentity"},
                  "proofOfAddress": {"format":"pdf","type":"DOC001","value":"proofOfAddress"},
                  "individualBiometrics": {"format":"cbeff","version":1.0,"value":"individualBiometrics_bio_CBEFF"},
                  "selectedHandles": ["phone"]
                }
                """);
    }
}
