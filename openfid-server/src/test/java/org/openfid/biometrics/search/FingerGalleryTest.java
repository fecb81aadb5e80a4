package org.openfid.biometrics.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.spi.abis.AbisException;
import org.openfid.spi.abis.AbisFailure;
import org.openfid.spi.abis.Candidate;
import org.openfid.spi.abis.ReferenceId;
import org.openfid.spi.biometrics.BiometricSubtype;

/**
 * The contract of {@link FingerGallery}, held alike by the brute-force gallery and the indexed one
 * (set to always use its index and verify only 3 records, so the first stage must rank the mate).
 */
class FingerGalleryTest {

    private static final double THRESHOLD = 40;
    private static final int PEOPLE = 40;
    private static final List<List<EnrolledFinger>> ENROLLED = new ArrayList<>();

    @BeforeAll
    static void enrol() {
        for (int n = 0; n < PEOPLE; n++) {
            ENROLLED.add(MinutiaeFingers.tenFingers(n, 0).subList(0, 3));
        }
    }

    static Stream<Arguments> galleries() {
        Supplier<FingerGallery> brute = BruteForceGallery::new;
        Supplier<FingerGallery> indexed =
                () -> new IndexedGallery(FusionRule.DEFAULT, new IndexSettings(6, 3, 0, 8, 0), 1_000);
        return Stream.of(Arguments.of("brute force", brute), Arguments.of("indexed", indexed));
    }

    static ReferenceId person(int n) {
        return new ReferenceId("person-" + n);
    }

    private static FingerGallery filled(Supplier<FingerGallery> factory) {
        var gallery = factory.get();
        for (int n = 0; n < PEOPLE; n++) {
            gallery.put(person(n), ENROLLED.get(n));
        }
        return gallery;
    }

    private static List<EnrolledFinger> probe(int n) {
        return MinutiaeFingers.tenFingers(n, 1).subList(0, 3);
    }

    private static List<ReferenceId> ids(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::referenceId).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("galleries")
    void aSecondImpressionFindsItsPersonAndNobodyElse(String name, Supplier<FingerGallery> factory) {
        var gallery = filled(factory);
        for (int n : new int[] {3, 17, 39}) {
            var found = gallery.identify(probe(n), null, null, 5, THRESHOLD);
            assertThat(ids(found.candidates())).containsExactly(person(n));
            assertThat(found.candidates().getFirst().scores())
                    .containsOnlyKeys(
                            BiometricSubtype.RIGHT_THUMB, BiometricSubtype.RIGHT_INDEX, BiometricSubtype.RIGHT_MIDDLE);
        }
        var stranger = MinutiaeFingers.tenFingers(1000, 1).subList(0, 3);
        assertThat(gallery.identify(stranger, null, null, 5, THRESHOLD).duplicateFound())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("galleries")
    void oneFingerOfUnknownPositionFindsItsPerson(String name, Supplier<FingerGallery> factory) {
        var gallery = filled(factory);
        var finger = probe(11).get(1);
        var found = gallery.identify(
                List.of(new EnrolledFinger(BiometricSubtype.UNKNOWN_FINGER, finger.template())),
                null,
                null,
                5,
                THRESHOLD);
        assertThat(ids(found.candidates())).containsExactly(person(11));
        assertThat(found.candidates().getFirst().scores()).containsOnlyKeys(BiometricSubtype.RIGHT_INDEX);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("galleries")
    void subsetAndExcludeAreHonoured(String name, Supplier<FingerGallery> factory) {
        var gallery = filled(factory);
        gallery.put(person(100), ENROLLED.get(5));
        assertThat(ids(gallery.identify(probe(5), null, null, 5, THRESHOLD).candidates()))
                .containsExactlyInAnyOrder(person(5), person(100));
        assertThat(ids(gallery.identify(probe(5), null, person(5), 5, THRESHOLD).candidates()))
                .containsExactly(person(100));
        var inSubset = gallery.identify(probe(5), Set.of(person(5), person(6), person(999)), null, 5, THRESHOLD);
        assertThat(ids(inSubset.candidates())).containsExactly(person(5));
        assertThat(gallery.identify(probe(5), Set.of(person(6), person(7)), null, 5, THRESHOLD)
                        .duplicateFound())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("galleries")
    void maxResultsKeepsTheBestCandidates(String name, Supplier<FingerGallery> factory) {
        var gallery = filled(factory);
        gallery.put(person(100), ENROLLED.get(8).subList(0, 1));
        var all = gallery.identify(probe(8), null, null, 5, THRESHOLD).candidates();
        assertThat(ids(all)).containsExactly(person(8), person(100));
        assertThat(all.get(0).score()).isGreaterThan(all.get(1).score());
        assertThat(ids(gallery.identify(probe(8), null, null, 1, THRESHOLD).candidates()))
                .containsExactly(person(8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("galleries")
    void removeAndReplaceTakeEffect(String name, Supplier<FingerGallery> factory) {
        var gallery = filled(factory);
        assertThat(gallery.remove(person(9))).isTrue();
        assertThat(gallery.remove(person(9))).isFalse();
        assertThat(gallery.contains(person(9))).isFalse();
        assertThat(gallery.size()).isEqualTo(PEOPLE - 1);
        assertThat(gallery.identify(probe(9), null, null, 5, THRESHOLD).duplicateFound())
                .isFalse();
        gallery.put(person(10), ENROLLED.get(9));
        assertThat(gallery.size()).isEqualTo(PEOPLE - 1);
        assertThat(ids(gallery.identify(probe(9), null, null, 5, THRESHOLD).candidates()))
                .containsExactly(person(10));
        assertThat(gallery.identify(probe(10), null, null, 5, THRESHOLD).duplicateFound())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("galleries")
    void anEmptyGalleryFindsNothing(String name, Supplier<FingerGallery> factory) {
        var gallery = factory.get();
        var found = gallery.identify(probe(1), null, null, 5, THRESHOLD);
        assertThat(found.duplicateFound()).isFalse();
        assertThat(found.compared()).isZero();
        assertThat(gallery.size()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("galleries")
    void badInputIsRejectedAndChangesNothing(String name, Supplier<FingerGallery> factory) {
        var gallery = filled(factory);
        var garbage = new EnrolledFinger(BiometricSubtype.RIGHT_THUMB, new byte[] {1, 2, 3});
        assertThatThrownBy(
                        () -> gallery.put(person(200), List.of(ENROLLED.get(1).getFirst(), garbage)))
                .isInstanceOfSatisfying(
                        AbisException.class, e -> assertThat(e.failure()).isEqualTo(AbisFailure.INVALID_BIOMETRICS));
        assertThatThrownBy(() -> gallery.put(person(1), List.of()))
                .isInstanceOfSatisfying(
                        AbisException.class, e -> assertThat(e.failure()).isEqualTo(AbisFailure.BIOMETRICS_EMPTY));
        var face = new EnrolledFinger(
                BiometricSubtype.FACE, ENROLLED.get(1).getFirst().template());
        assertThatThrownBy(() -> gallery.put(person(1), List.of(face))).isInstanceOf(AbisException.class);
        assertThatThrownBy(() -> gallery.identify(List.of(garbage), null, null, 5, THRESHOLD))
                .isInstanceOf(AbisException.class);
        assertThatThrownBy(() -> gallery.identify(probe(1), null, null, 0, THRESHOLD))
                .isInstanceOf(AbisException.class);
        assertThatThrownBy(() -> gallery.identify(probe(1), null, null, 5, Double.NaN))
                .isInstanceOf(AbisException.class);
        assertThat(gallery.contains(person(200))).isFalse();
        assertThat(gallery.size()).isEqualTo(PEOPLE);
        assertThat(ids(gallery.identify(probe(1), null, null, 5, THRESHOLD).candidates()))
                .containsExactly(person(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("galleries")
    void concurrentPutsAndSearchesSeeWholeRecords(String name, Supplier<FingerGallery> factory) throws Exception {
        var gallery = filled(factory);
        try (var pool = Executors.newFixedThreadPool(4)) {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        int n = thread * 5 + i;
                        gallery.put(new ReferenceId("copy-" + n), ENROLLED.get(n));
                        var found = gallery.identify(probe(n), null, null, 5, THRESHOLD);
                        assertThat(ids(found.candidates())).contains(person(n), new ReferenceId("copy-" + n));
                    }
                }));
            }
            for (var future : futures) {
                future.get();
            }
        }
        assertThat(gallery.size()).isEqualTo(PEOPLE + 20);
    }
}
