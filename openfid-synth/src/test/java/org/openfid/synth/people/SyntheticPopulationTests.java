package org.openfid.synth.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openfid.spi.biometrics.BiometricSubtype;

class SyntheticPopulationTests {

    static final Path DEMO = Path.of("../openfid-server/src/main/resources/country/demo");

    static SyntheticPopulation population(long seed, long count, double share) {
        return new SyntheticPopulation(
                seed, PopulationSettings.demo(count).withCountryFolder(DEMO).withDuplicateShare(share));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, -7})
    void the_same_seed_gives_the_same_people(long seed) {
        var first = population(seed, 200, 0.1).people().toList();
        var second = population(seed, 200, 0.1).people().toList();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void records_do_not_depend_on_the_population_size() {
        var small = population(9, 50, 0.2);
        var large = population(9, 5_000, 0.2);
        for (long i = 0; i < 50; i++) {
            assertThat(large.person(i)).isEqualTo(small.person(i));
        }
    }

    @Test
    void different_seeds_give_different_people() {
        var one = population(1, 100, 0.05).people().map(p -> p.fullName("eng")).toList();
        var two = population(2, 100, 0.05).people().map(p -> p.fullName("eng")).toList();
        long same = java.util.stream.IntStream.range(0, 100)
                .filter(i -> one.get(i).equals(two.get(i)))
                .count();
        assertThat(same).isLessThan(3);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.05, 0.2})
    void the_duplicate_share_is_honoured_and_the_truth_is_consistent(double share) {
        int count = 4_000;
        var population = population(77, count, share);
        var truth = population.plantedDuplicates();
        // binomial: 4 standard deviations around the expected count
        double expected = share * (count - 1);
        double spread = 4 * Math.sqrt(count * share * (1 - share)) + 1;
        assertThat((double) truth.size()).isBetween(expected - spread, expected + spread);
        Set<Long> duplicates = new HashSet<>();
        for (var duplicate : truth) {
            duplicates.add(duplicate.record());
            assertThat(duplicate.original()).isLessThan(duplicate.record());
            var copy = population.person(duplicate.record());
            var original = population.person(duplicate.original());
            assertThat(original.isDuplicate()).isFalse();
            assertThat(copy.duplicateOf()).hasValue(duplicate.original());
            assertThat(copy.fingerIds()).isEqualTo(original.fingerIds());
            assertThat(copy.fingerImpression()).isNotEqualTo(original.fingerImpression());
            assertThat(copy.gender()).isEqualTo(original.gender());
            assertThat(copy.dateOfBirth()).isNotEqualTo(original.dateOfBirth());
            assertThat(copy.phone()).isNotEqualTo(original.phone());
            assertThat(copy.email()).isNotEqualTo(original.email());
        }
        population.people().filter(p -> !duplicates.contains(p.index())).forEach(p -> {
            assertThat(p.isDuplicate()).isFalse();
            assertThat(p.fingerImpression()).isZero();
        });
    }

    @Test
    void different_people_have_different_fingers_and_handles() {
        var people = population(5, 2_000, 0).people().toList();
        Set<Long> fingers =
                people.stream().flatMap(p -> p.fingerIds().values().stream()).collect(Collectors.toSet());
        assertThat(fingers).hasSize(20_000);
        assertThat(people.stream().map(SyntheticPerson::phone).distinct()).hasSize(2_000);
        assertThat(people.stream().map(SyntheticPerson::email).distinct()).hasSize(2_000);
        assertThat(people.stream().map(p -> p.fullName("eng")).distinct().count())
                .isGreaterThan(1_990);
        assertThat(people.getFirst().fingerIds().keySet()).containsExactlyElementsOf(BiometricSubtype.tenFingers());
        assertThatThrownBy(() -> people.getFirst().fingerId(BiometricSubtype.FACE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void names_exist_in_both_languages_and_the_arabic_ones_in_arabic_script() {
        population(3, 500, 0.05).people().forEach(p -> {
            assertThat(p.fullName("eng")).matches("^[\\p{L} .'-]+$").matches(".*[A-Za-z].*");
            assertThat(p.fullName("ara")).matches("^[\\p{IsArabic} .'-]+$").matches(".*\\p{IsArabic}.*");
            assertThat(p.givenName().values()).allSatisfy(n -> assertThat(n).isNotBlank());
            assertThat(p.address().line1().get("ara")).matches(".*\\p{IsArabic}.*");
        });
    }

    @Test
    void the_name_lists_pair_distinct_spellings_and_give_over_a_million_names_per_gender() {
        var book = NameBook.INSTANCE;
        for (var list : List.of(book.male, book.female, book.family)) {
            assertThat(list.stream().map(NameBook.Pair::eng)).doesNotHaveDuplicates();
            assertThat(list.stream().map(NameBook.Pair::ara)).doesNotHaveDuplicates();
            assertThat(list).allSatisfy(pair -> {
                assertThat(pair.eng()).matches("[A-Za-z' -]+");
                assertThat(pair.ara()).matches("[\\p{IsArabic} ]+");
            });
        }
        assertThat((long) book.female.size() * book.male.size() * book.family.size())
                .isGreaterThan(1_000_000);
    }

    @Test
    void ages_follow_a_pyramid_with_children() {
        LocalDate day = PopulationSettings.REFERENCE_DATE;
        var ages = population(11, 3_000, 0).people().map(p -> p.ageOn(day)).toList();
        long children = ages.stream().filter(a -> a < 18).count();
        long elderly = ages.stream().filter(a -> a >= 65).count();
        assertThat(ages).allSatisfy(a -> assertThat(a).isBetween(0, 104));
        assertThat(children).isGreaterThan(600).isGreaterThan(3 * elderly);
        assertThat(ages.stream().filter(a -> a < 5)).isNotEmpty();
    }

    @Test
    void addresses_are_leaf_paths_of_the_location_hierarchy() throws Exception {
        var locations = CountryData.JSON.readTree(DEMO.resolve("locations.json").toFile());
        Set<String> parents = new HashSet<>();
        java.util.Map<String, String> parentOf = new java.util.HashMap<>();
        for (var location : locations) {
            parentOf.put(
                    location.path("code").asString(),
                    location.path("parentCode").asString(""));
            parents.add(location.path("parentCode").asString(""));
        }
        Set<String> leaves = new HashSet<>();
        population(4, 300, 0.05).people().forEach(p -> {
            List<Place> path = p.address().path();
            assertThat(parents).doesNotContain(p.address().leaf().code());
            for (int i = 1; i < path.size(); i++) {
                assertThat(parentOf.get(path.get(i).code()))
                        .isEqualTo(path.get(i - 1).code());
            }
            assertThat(parentOf.get(path.getFirst().code())).isEqualTo("DML");
            assertThat(path.getFirst().level()).isEqualTo("REGION");
            assertThat(p.address().at("CITY")).isPresent();
            leaves.add(p.address().leaf().code());
        });
        assertThat(leaves).containsExactlyInAnyOrder("10101", "10102", "20101", "30101");
    }

    @Test
    void bad_settings_and_indexes_are_refused() {
        assertThatThrownBy(() -> PopulationSettings.demo(0)).hasMessageContaining("at least one record");
        assertThatThrownBy(() -> PopulationSettings.demo(5).withDuplicateShare(1.0))
                .hasMessageContaining("[0, 1)");
        assertThatThrownBy(() -> PopulationSettings.demo(5).withDuplicateShare(Double.NaN))
                .hasMessageContaining("[0, 1)");
        assertThatThrownBy(() ->
                        new SyntheticPopulation(1, PopulationSettings.demo(5).withCountryFolder(Path.of("nowhere"))))
                .hasMessageContaining("No country folder at nowhere");
        var population = population(1, 10, 0);
        assertThatThrownBy(() -> population.person(10)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> population.person(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
