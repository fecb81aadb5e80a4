package org.openfid.enrolment.demographic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openfid.synth.people.SyntheticPerson;
import org.openfid.synth.people.SyntheticPopulation;

/**
 * Blocking keys on openfid-synth's demo population. Its planted duplicates re-enrol a person under
 * new names and a date of birth 1 month to 4 years off, so demographic keys are not expected to catch
 * them (that is the biometric stage's job); what this guards is the other side: distinct people
 * must rarely share a key, or every enrolment would go to adjudication. Exact figures come from
 * {@code ./openfid bench demographic}.
 */
class PlantedDuplicatesTests {

    private static final int PEOPLE = 3_000;

    /** One population for both tests: building one sets up the synthetic finger generator too. */
    private static final SyntheticPopulation POPULATION = SyntheticPopulation.demo(20_261_122L, PEOPLE);

    @Test
    void distinctPeopleRarelyShareAKeyAndCandidatesAreTheSameAsBlockingSays() {
        var population = POPULATION;
        Map<String, List<Integer>> index = new HashMap<>();
        int falsePairs = 0;
        int caught = 0;
        int duplicates = 0;
        for (int i = 0; i < PEOPLE; i++) {
            SyntheticPerson person = population.person(i);
            var keys = BlockingKeys.of(declared(person));
            assertThat(keys.stored()).as("record %d has keys", i).isNotEmpty();
            Set<Integer> candidates = new HashSet<>();
            keys.probes().forEach(key -> candidates.addAll(index.getOrDefault(key, List.of())));
            boolean found = false;
            for (int candidate : candidates) {
                if (population.subjectOf(candidate) == person.subject()) {
                    found = true;
                } else {
                    falsePairs++;
                }
            }
            if (person.isDuplicate()) {
                duplicates++;
                caught += found ? 1 : 0;
            }
            for (String key : keys.stored()) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        assertThat(duplicates).isGreaterThan(PEOPLE / 40);
        assertThat(caught).isLessThanOrEqualTo(duplicates);
        assertThat(falsePairs * 1000.0 / PEOPLE)
                .as("false candidates per 1,000 people")
                .isLessThan(5.0);
    }

    @Test
    void aRedeclarationWithSpellingVariantsIsACandidate() {
        var population = POPULATION;
        for (int i = 0; i < 200; i++) {
            var person = population.person(i);
            var original = declared(person);
            var variant = new DeclaredDemographics(
                    Map.of(
                            "eng",
                            person.fullName("eng")
                                    .replace("Mohammed", "Muhammad")
                                    .toUpperCase(java.util.Locale.ROOT),
                            "ara",
                            "\u0640" + person.fullName("ara")),
                    original.birthDate(),
                    original.gender());
            assertThat(BlockingKeysTests.candidates(original, variant))
                    .as("record %d", i)
                    .isTrue();
        }
    }

    static DeclaredDemographics declared(SyntheticPerson person) {
        return new DeclaredDemographics(person.fullName(), BirthDate.of(person.dateOfBirth()), person.gender());
    }
}
