package org.openfid.biometrics.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.spi.abis.Candidate;
import org.openfid.spi.abis.ReferenceId;
import org.openfid.spi.biometrics.BiometricSubtype;

/** The contract of {@link FingerGallery}, held by the brute-force and the indexed gallery alike. */
class FingerGalleryTest {

    private static final double THRESHOLD = 40;

    static Stream<Arguments> galleries() {
        return Stream.of(
                Arguments.of("brute force", (Supplier<FingerGallery>) BruteForceGallery::new),
                Arguments.of("indexed", (Supplier<FingerGallery>) BruteForceGallery::new));
    }

    private static ReferenceId person(int n) {
        return new ReferenceId("person-" + n);
    }

    private static FingerGallery filled(Supplier<FingerGallery> factory, int people) {
        var gallery = factory.get();
        for (int n = 0; n < people; n++) {
            gallery.put(person(n), MinutiaeFingers.tenFingers(n, 0).subList(0, 3));
        }
        return gallery;
    }

    private static List<ReferenceId> ids(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::referenceId).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("galleries")
    void aSecondImpressionFindsItsPersonAndNobodyElse(String name, Supplier<FingerGallery> factory) {
        var gallery = filled(factory, 40);
        for (int n : new int[] {3, 17, 39}) {
            var probe = MinutiaeFingers.tenFingers(n, 1).subList(0, 3);
            var found = gallery.identify(probe, null, null, 5, THRESHOLD);
            assertThat(ids(found.candidates())).containsExactly(person(n));
            assertThat(found.candidates().getFirst().scores()).containsKeys(BiometricSubtype.RIGHT_THUMB);
        }
        var stranger = MinutiaeFingers.tenFingers(1000, 1).subList(0, 3);
        assertThat(gallery.identify(stranger, null, null, 5, THRESHOLD).duplicateFound())
                .isFalse();
    }
}
