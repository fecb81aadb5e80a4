package org.openfid.biometrics.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openfid.spi.abis.Candidate;
import org.openfid.spi.biometrics.BiometricSubtype;

/** The first stage against the exhaustive baseline on one small synthetic gallery. */
class IndexedGalleryTest {

    private static final int PEOPLE = 150;

    @ParameterizedTest
    @ValueSource(longs = {7, 8})
    void indexedAndBruteForceFindTheSameDuplicatesWhileComparingFarFewer(long impression) {
        var brute = new BruteForceGallery(FusionRule.DEFAULT, 10_000);
        var indexed = new IndexedGallery(FusionRule.DEFAULT, new IndexSettings(6, 5, 0, 8, 0), 10_000);
        for (int n = 0; n < PEOPLE; n++) {
            var finger = List.of(MinutiaeFingers.finger(BiometricSubtype.LEFT_INDEX, n, 0));
            brute.put(FingerGalleryTest.person(n), finger);
            indexed.put(FingerGalleryTest.person(n), finger);
        }
        long compared = 0;
        for (int n = 0; n < PEOPLE; n += 10) {
            var probe = List.of(MinutiaeFingers.finger(BiometricSubtype.LEFT_INDEX, n, impression));
            var exhaustive = brute.identify(probe, null, null, 3, 40);
            var fast = indexed.identify(probe, null, null, 3, 40);
            assertThat(fast.candidates().stream().map(Candidate::referenceId))
                    .containsExactlyElementsOf(exhaustive.candidates().stream()
                            .map(Candidate::referenceId)
                            .toList())
                    .containsExactly(FingerGalleryTest.person(n));
            assertThat(exhaustive.compared()).isEqualTo(PEOPLE);
            compared += fast.compared();
        }
        assertThat(compared).isLessThanOrEqualTo(5L * PEOPLE / 10);
        assertThat(indexed.indexFootprint().pairsPerFinger()).isBetween(100.0, 400.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 7})
    void aProbeWithTooFewMinutiaeIsSearchedExhaustively(int kept) {
        var indexed = new IndexedGallery(FusionRule.DEFAULT, new IndexSettings(6, 1, 0, 8, 0), 1_000);
        for (int n = 0; n < 20; n++) {
            indexed.put(
                    FingerGalleryTest.person(n), List.of(MinutiaeFingers.finger(BiometricSubtype.LEFT_INDEX, n, 0)));
        }
        var full = MinutiaeFingers.master(4);
        var few = new TemplateMinutiae(
                full.width(),
                full.height(),
                java.util.Arrays.copyOf(full.x(), kept),
                java.util.Arrays.copyOf(full.y(), kept),
                java.util.Arrays.copyOf(full.directions(), kept),
                full.types().substring(0, kept));
        var probe = List.of(new EnrolledFinger(BiometricSubtype.LEFT_INDEX, few.toSourceAfis()));
        assertThat(indexed.identify(probe, null, null, 3, 0).compared()).isEqualTo(20);
    }

    @Test
    void removalsAndSearchesReachEveryShard() {
        int records = IndexShard.SLOTS + 200;
        var indexed = new IndexedGallery(FusionRule.DEFAULT, new IndexSettings(6, 20, 0, 8, 0), 0);
        java.util.stream.IntStream.range(0, records)
                .parallel()
                .forEach(n -> indexed.put(
                        FingerGalleryTest.person(n),
                        List.of(MinutiaeFingers.finger(BiometricSubtype.LEFT_INDEX, n, 0))));
        int firstShard = 100;
        int secondShard = IndexShard.SLOTS + 100;
        assertThat(indexed.remove(FingerGalleryTest.person(firstShard))).isTrue();
        assertThat(indexed.remove(FingerGalleryTest.person(secondShard))).isTrue();
        for (int n : new int[] {firstShard, secondShard}) {
            var probe = List.of(MinutiaeFingers.finger(BiometricSubtype.LEFT_INDEX, n, 0));
            assertThat(indexed.identify(probe, null, null, 3, 40).duplicateFound())
                    .isFalse();
        }
        for (int n : new int[] {firstShard + 1, secondShard + 1, records - 1}) {
            var probe = List.of(MinutiaeFingers.finger(BiometricSubtype.LEFT_INDEX, n, 1));
            var found = indexed.identify(probe, null, null, 3, 40);
            assertThat(found.candidates().stream().map(Candidate::referenceId))
                    .containsExactly(FingerGalleryTest.person(n));
            assertThat(found.compared()).isLessThan(records / 10);
        }
        assertThat(indexed.size()).isEqualTo(records - 2);
    }
}
