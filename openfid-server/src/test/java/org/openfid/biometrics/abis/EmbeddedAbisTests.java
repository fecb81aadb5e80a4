package org.openfid.biometrics.abis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.openfid.biometrics.BiometricsContext;
import org.openfid.biometrics.Prints;
import org.openfid.platform.ActionTaken;
import org.openfid.spi.abis.Abis;
import org.openfid.spi.abis.AbisException;
import org.openfid.spi.abis.AbisFailure;
import org.openfid.spi.abis.Candidate;
import org.openfid.spi.abis.IdentifyRequest;
import org.openfid.spi.abis.ReferenceId;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.SampleFormat;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded ABIS on real PostgreSQL with synthetic prints: the MOSIP operations and their rules. */
class EmbeddedAbisTests extends BiometricsContext {

    private static final BiometricSample FACE =
            new BiometricSample(BiometricSubtype.FACE, SampleFormat.ISO_19794_5_2011, new byte[] {1, 2, 3});

    @Autowired
    Abis abis;

    @Autowired
    GalleryStore store;

    @Test
    void insertIdentifyDeleteAndCount() {
        var enrolled = newReference();
        long before = abis.referenceCount();

        abis.insert(enrolled, Prints.person(0, 0));

        assertThat(abis.referenceCount()).isEqualTo(before + 1);
        var same = abis.identify(Prints.person(0, 1), IdentifyRequest.wholeGallery());
        Candidate found = candidate(same.candidates(), enrolled);
        assertThat(found.score()).isGreaterThanOrEqualTo(40);
        assertThat(found.scores()).isNotEmpty();
        var stranger = abis.identify(Prints.person(3, 1), IdentifyRequest.wholeGallery());
        assertThat(referenceIds(stranger.candidates())).doesNotContain(enrolled);

        assertThat(abis.delete(enrolled)).isTrue();
        assertThat(abis.delete(enrolled)).isFalse();
        assertThat(abis.referenceCount()).isEqualTo(before);
        assertThat(referenceIds(abis.identify(Prints.person(0, 1), IdentifyRequest.wholeGallery())
                        .candidates()))
                .doesNotContain(enrolled);
        assertThat(store.record(enrolled)).isEmpty();
        assertThat(abis.pendingJobs()).isZero();
        assertThat(abis.ping()).isTrue();
    }

    @Test
    void identifyByReferenceFindsTheDuplicateNeverItselfAndHonoursTheSubset() {
        var first = newReference();
        var again = newReference();
        var other = newReference();
        abis.insert(first, Prints.person(1, 0));
        abis.insert(again, Prints.person(1, 1));
        abis.insert(other, Prints.person(2, 0));

        var duplicates = abis.identify(again, IdentifyRequest.wholeGallery());
        var inSubset = abis.identify(again, new IdentifyRequest(Set.of(other), 30, null));
        var newcomer = abis.identify(other, new IdentifyRequest(Set.of(first, again), 30, null));

        assertThat(referenceIds(duplicates.candidates())).contains(first).doesNotContain(again, other);
        assertThat(inSubset.candidates()).isEmpty();
        assertThat(newcomer.duplicateFound()).isFalse();
        assertThat(abis.identify(first, new IdentifyRequest(null, 1, null)).candidates())
                .hasSize(1);
    }

    @Test
    void aStrictTargetFpirRaisesTheThreshold() {
        var enrolled = newReference();
        abis.insert(enrolled, List.of(Prints.finger(2, 0, 0)));
        var probe = List.of(Prints.finger(2, 0, 1));
        double genuine = candidate(
                        abis.identify(probe, IdentifyRequest.wholeGallery()).candidates(), enrolled)
                .score();
        int impossible = (int) Math.ceil(genuine) + 1;

        var strict = abis.identify(probe, new IdentifyRequest(Set.of(enrolled), 30, impossible));

        assertThat(strict.candidates()).isEmpty();
        assertThat(FpirThreshold.of(30, 1000, 40)).isEqualTo(60.0);
        assertThat(FpirThreshold.of(10, 1, 40)).isEqualTo(40.0);
        assertThat(FpirThreshold.of(null, 1_000_000, 45)).isEqualTo(45.0);
    }

    @Test
    void reinsertingTheSameSamplesIsANoOpButOtherSamplesAreRefused() {
        var enrolled = newReference();
        abis.insert(enrolled, Prints.person(0, 0));
        var stored = store.record(enrolled).orElseThrow();
        long count = abis.referenceCount();

        abis.insert(
                enrolled,
                List.of(Prints.person(0, 0).get(1), Prints.person(0, 0).get(0)));

        assertThat(abis.referenceCount()).isEqualTo(count);
        assertThat(store.record(enrolled)).contains(stored);
        assertFailure(() -> abis.insert(enrolled, Prints.person(0, 1)), AbisFailure.REFERENCE_ID_EXISTS);
        assertThat(store.record(enrolled)).contains(stored);
        assertThat(store.fingers(enrolled)).hasSize(2);
    }

    @Test
    void badRequestsChangeNothing() {
        var reference = newReference();
        long count = abis.referenceCount();
        var malformed = new BiometricSample(
                BiometricSubtype.RIGHT_THUMB, SampleFormat.ISO_19794_4_2011, new byte[] {'F', 'I', 'R', 0});
        var thumb = Prints.finger(3, 0, 0);

        assertFailure(() -> abis.insert(reference, List.of()), AbisFailure.BIOMETRICS_EMPTY);
        assertFailure(() -> abis.insert(reference, List.of(FACE)), AbisFailure.INVALID_BIOMETRICS);
        assertFailure(() -> abis.insert(reference, List.of(thumb, malformed)), AbisFailure.INVALID_BIOMETRICS);
        assertFailure(() -> abis.insert(reference, List.of(thumb, thumb)), AbisFailure.INVALID_BIOMETRICS);
        assertFailure(
                () -> abis.insert(reference, List.of(Prints.blank(BiometricSubtype.LEFT_RING))),
                AbisFailure.QUALITY_CHECK_FAILED);
        assertFailure(
                () -> abis.identify(reference, IdentifyRequest.wholeGallery()), AbisFailure.REFERENCE_ID_NOT_FOUND);
        assertFailure(
                () -> abis.identify(List.of(FACE), IdentifyRequest.wholeGallery()), AbisFailure.INVALID_BIOMETRICS);
        assertFailure(() -> new IdentifyRequest(null, 0, null), AbisFailure.INVALID_REQUEST_STRUCTURE);

        assertThat(abis.referenceCount()).isEqualTo(count);
        assertThat(store.record(reference)).isEmpty();
        assertThat(recorded.about(reference))
                .isNotEmpty()
                .extracting(ActionTaken::outcome)
                .containsOnly(ActionTaken.Outcome.FAILURE);
    }

    @Test
    void aFaceNextToFingersIsSkippedNotMatched() {
        var reference = newReference();

        abis.insert(reference, List.of(Prints.finger(3, 0, 0), FACE));

        assertThat(store.fingers(reference)).hasSize(1);
    }

    @Test
    void everyOperationIsAuditedByReferenceIdOnly() {
        var reference = newReference();
        abis.insert(reference, Prints.person(3, 0));
        abis.identify(reference, IdentifyRequest.wholeGallery());
        abis.delete(reference);

        assertThat(recorded.about(reference))
                .extracting(ActionTaken::module, ActionTaken::action, ActionTaken::outcome)
                .containsExactly(
                        tuple("biometrics", "ABIS_INSERT", ActionTaken.Outcome.SUCCESS),
                        tuple("biometrics", "ABIS_IDENTIFY", ActionTaken.Outcome.SUCCESS),
                        tuple("biometrics", "ABIS_DELETE", ActionTaken.Outcome.SUCCESS));
    }

    private static List<ReferenceId> referenceIds(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::referenceId).toList();
    }

    private static Candidate candidate(List<Candidate> candidates, ReferenceId referenceId) {
        return candidates.stream()
                .filter(c -> c.referenceId().equals(referenceId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No candidate " + referenceId));
    }

    static void assertFailure(ThrowingCallable call, AbisFailure failure) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        AbisException.class, e -> assertThat(e.failure()).isEqualTo(failure));
    }
}
