package org.openfid.authentication.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The matcher alone: strategies, normalisation, languages and MOSIP's codes for bad values. */
class DemographicMatcherTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final JsonNode IDENTITY = JSON.readTree("""
            {"fullName":[{"language":"eng","value":"Dr. Amira Bint-Haddad"},{"language":"ara","value":"أَمِيرَة حَدّاد"}],
             "dateOfBirth":"1990/05/15","gender":[{"language":"eng","value":"FLE"},{"language":"ara","value":"أنثى"}],
             "phone":"+254 700-111 222","email":"Amira@Example.org",
             "addressLine1":[{"language":"eng","value":"12 Main Street"}],"city":[{"language":"eng","value":"Kisumu"}],
             "region":[{"language":"eng","value":"Nyanza"}],"province":[{"language":"eng","value":"West"}],
             "postalCode":"40100","residenceStatus":[{"language":"eng","value":"NFR"}]}""");

    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EXACT|eng|amira   bint haddad|",
                "EXACT|eng|Mrs Amira Bint Haddad|",
                "EXACT|eng|Haddad Bint Amira|",
                "EXACT|eng|Amira Haddad|IDA-DEA-001",
                "EXACT|ara|اميرة حداد|",
                "EXACT|ara|سارة حداد|IDA-DEA-001",
                "PARTIAL|eng|Amira Haddad|",
                "PARTIAL|eng|A Bint Haddad|",
                "PARTIAL|eng|Zara Smith|IDA-DEA-001",
                "PHONETICS|eng|Ameera Bint Hadad|",
                "PHONETICS|eng|Boris Johnson|IDA-DEA-001",
                "EXACT|fra|Amira|IDA-DEA-003"
            })
    void namesMatchByTheChosenStrategy(String strategy, String language, String name, String expected) {
        var matcher = new DemographicMatcher(new MatchSettings(Strategy.valueOf(strategy), Strategy.EXACT, 60));
        var demographics = JSON.createObjectNode();
        demographics.putArray("name").addObject().put("language", language).put("value", name);

        DemoOutcome outcome = matcher.match(demographics, IDENTITY, TODAY);

        assertThat(outcome.failures())
                .extracting(DemoFailure::errorCode)
                .isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"dob\":\"1990/05/15\"}|",
                "{\"dob\":\"1990/05/16\"}|IDA-DEA-001",
                "{\"dob\":\"04-11-1965\"}|IDA-MLC-009",
                "{\"dob\":\"1990/02/30\"}|IDA-MLC-009",
                "{\"age\":\"36\"}|",
                "{\"age\":\"30\"}|",
                "{\"age\":\"37\"}|IDA-DEA-001",
                "{\"age\":\"5@@##1\"}|IDA-MLC-009",
                "{\"age\":\"0\"}|IDA-MLC-009",
                "{\"age\":\"-10\"}|IDA-MLC-009",
                "{\"phoneNumber\":\"+254700111222\"}|",
                "{\"phoneNumber\":\"+254700111223\"}|IDA-DEA-001",
                "{\"phoneNumber\":\"call me\"}|IDA-DEA-001",
                "{\"emailId\":\"amira@example.ORG\"}|",
                "{\"emailId\":\"no-at-sign\"}|IDA-DEA-001",
                "{\"gender\":[{\"language\":\"eng\",\"value\":\"fle\"}]}|",
                "{\"gender\":[{\"language\":\"eng\",\"value\":\"MLE\"}]}|IDA-DEA-001",
                "{\"gender\":[{\"language\":\"eng\"}]}|IDA-MLC-013",
                "{\"gender\":[{\"value\":\"FLE\"}]}|IDA-MLC-006",
                "{\"location1\":[{\"language\":\"eng\",\"value\":\"kisumu\"}]}|",
                "{\"addressLine1\":[{\"language\":\"eng\",\"value\":\"12, Main St.\"}]}|",
                "{\"fullAddress\":[{\"language\":\"eng\",\"value\":\"12 Main St Kisumu Nyanza West 40100\"}]}|",
                "{\"location4\":[{\"language\":\"eng\",\"value\":\"Central\"}]}|IDA-DEA-003",
                "{\"postalCode\":\"40100\"}|",
                "{\"metadata\":{\"residenceStatus\":\"NFR\"}}|",
                "{\"metadata\":{\"bloodGroup\":\"O\"}}|IDA-DEA-003",
                "{\"shoeSize\":\"42\"}|IDA-MLC-009"
            })
    void otherAttributesAreMatchedExactlyAndValidated(String demographics, String expected) {
        DemoOutcome outcome = new DemographicMatcher().match(JSON.readTree(demographics), IDENTITY, TODAY);

        assertThat(outcome.failures())
                .extracting(DemoFailure::errorCode)
                .isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void failureMessagesNameTheAttributeNeverTheValue() {
        var demographics = JSON.readTree("""
                {"name":[{"language":"eng","value":"Secret Person"}],"dob":"1991/01/01"}""");

        DemoOutcome outcome = new DemographicMatcher().match(demographics, IDENTITY, TODAY);

        assertThat(outcome.matched()).isFalse();
        assertThat(outcome.failures())
                .extracting(DemoFailure::message)
                .containsExactly("Demographic data name in eng did not match", "Demographic data dob did not match");
        assertThat(outcome.failures().toString()).doesNotContain("Secret", "1991");
    }
}
