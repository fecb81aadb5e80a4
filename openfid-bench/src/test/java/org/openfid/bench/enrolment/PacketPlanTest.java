package org.openfid.bench.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plans hold exactly the asked number of planted duplicates, each after its original, by seed. */
class PacketPlanTest {

    @ParameterizedTest
    @CsvSource({"1, 20, 1", "2, 50, 5", "3, 40, 0", "4, 10, 4"})
    void holdsExactlyTheDuplicatesAskedForAfterTheirOriginals(long seed, int count, int duplicates) {
        PacketPlan plan = PacketPlan.of(seed, count, duplicates);

        assertThat(plan.entries()).hasSize(count);
        assertThat(plan.duplicates()).isEqualTo(duplicates);
        Set<Long> seen = new HashSet<>();
        for (PacketPlan.Entry entry : plan.entries()) {
            entry.duplicateOf().ifPresent(original -> {
                assertThat(seen).contains(original);
                assertThat(plan.population().person(entry.record()).fingerIds())
                        .isEqualTo(plan.population().person(original).fingerIds());
            });
            if (entry.duplicateOf().isEmpty()) {
                assertThat(plan.population().duplicateOf(entry.record())).isEmpty();
            }
            seen.add(entry.record());
            assertThat(plan.population()
                            .person(entry.record())
                            .ageOn(java.time.LocalDate.now().minusDays(30)))
                    .as("only adults: synthetic packets name no introducer")
                    .isGreaterThanOrEqualTo(18);
        }
        assertThat(PacketPlan.of(seed, count, duplicates).entries()).isEqualTo(plan.entries());
    }

    @Test
    void refusesImpossiblePlans() {
        assertThatThrownBy(() -> PacketPlan.of(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PacketPlan.of(1, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PacketPlan.of(1, 3, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
