package org.openfid.authentication.bio;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openfid.authentication.AuthenticationProperties;
import org.openfid.authentication.IdaError;
import org.openfid.biometrics.Prints;
import org.openfid.biosdk.SourceAfisSdk;
import org.openfid.identity.Identities;
import org.openfid.identity.IdentityDocument;
import org.openfid.identity.IdentityId;
import org.openfid.identity.IdentityRecord;
import org.openfid.identity.Rid;
import org.openfid.identity.Uin;
import org.openfid.identity.UinStatus;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSdk;
import org.openfid.spi.biometrics.BiometricSdkException;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricTemplate;
import org.openfid.spi.biometrics.BiometricType;
import org.openfid.spi.biometrics.MatchScore;
import org.openfid.spi.biometrics.QualityScore;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.SdkInfo;
import org.openfid.spi.biometrics.cbeff.BdbInfo;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;
import org.openfid.spi.biometrics.cbeff.CbeffXml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verifier with real SourceAFIS and synthetic fingers ({@link Prints}: person 0 has a right thumb
 * and a left index, persons 1 and 2 a right thumb each), a registry that holds one person whose
 * enrolment the test replaces, and counts of what the verifier read and extracted: the cache is seen
 * to be used, and seen never to outlive the enrolment it was made from.
 */
class FingerVerifierTest {

    private static final Uin UIN = new Uin("5823659174");
    private static final IdentityId ID = IdentityId.random();
    private static final BiometricSubtype THUMB = BiometricSubtype.RIGHT_THUMB;
    private static final BiometricSubtype INDEX = BiometricSubtype.LEFT_INDEX;

    private final Registry registry = new Registry();
    private final CountingSdk sdk = new CountingSdk();

    @Test
    void aSecondVerificationComparesWithTheCachedTemplatesAndStillRefusesAStranger() {
        FingerVerifier verifier = verifier(10);
        Enrolment v1 = registry.enrol(Prints.person(0, 0));

        List<IdaError> first = verifier.verify(UIN, v1, verifier.prepare(List.of(capture(0, 0))));
        int readsAfterFirst = registry.reads.get();
        int extractedAfterFirst = sdk.extracted.get();
        List<IdaError> second = verifier.verify(UIN, v1, verifier.prepare(List.of(capture(0, 0))));
        List<IdaError> stranger = verifier.verify(UIN, v1, verifier.prepare(List.of(capture(1, 0))));

        assertThat(first).isEmpty();
        assertThat(readsAfterFirst).isEqualTo(1);
        assertThat(extractedAfterFirst).as("the probe and the enrolled thumb").isEqualTo(2);
        assertThat(second).isEmpty();
        assertThat(stranger).extracting(IdaError::errorCode).containsExactly("IDA-BIA-001");
        assertThat(registry.reads).as("no registry read once cached").hasValue(1);
        assertThat(sdk.extracted).as("two more probes, no enrolled finger").hasValue(4);
    }

    @Test
    void aNewEnrolmentIsNeverComparedWithTheTemplatesOfTheOldOne() {
        FingerVerifier verifier = verifier(10);
        Enrolment v1 = registry.enrol(Prints.person(0, 0));
        assertThat(verifier.verify(UIN, v1, verifier.prepare(List.of(capture(0, 0)))))
                .isEmpty();

        Enrolment v2 = registry.enrol(Prints.person(2, 0));

        assertThat(v2).isNotEqualTo(v1);
        assertThat(verifier.verify(UIN, v2, verifier.prepare(List.of(capture(0, 0)))))
                .extracting(IdaError::errorCode)
                .containsExactly("IDA-BIA-001");
        assertThat(verifier.verify(UIN, v2, verifier.prepare(List.of(capture(2, 0)))))
                .isEmpty();
    }

    /** The person was resolved at v1; the registry moved to v2 before a finger not yet cached was read. */
    @Test
    void anEnrolmentReplacedDuringARequestIsComparedAsItIsNow() {
        FingerVerifier verifier = verifier(10);
        Enrolment v1 = registry.enrol(Prints.person(0, 0));
        assertThat(verifier.verify(UIN, v1, verifier.prepare(List.of(capture(0, 0)))))
                .isEmpty();
        registry.enrol(List.of(Prints.finger(1, 0, 0), Prints.finger(0, 1, 0)));

        List<IdaError> oldThumb = verifier.verify(UIN, v1, verifier.prepare(List.of(capture(0, 1), capture(0, 0))));

        assertThat(oldThumb)
                .as("the left index still matches, the thumb is now someone else's")
                .extracting(IdaError::errorCode)
                .containsExactly("IDA-BIA-001");
    }

    @Test
    void aProbeThatCannotBeExtractedIsInvalidOnlyWhereMatchingWouldHaveExtractedIt() {
        FingerVerifier verifier = verifier(10);
        Enrolment v1 = registry.enrol(List.of(Prints.finger(0, 0, 0)));
        Capture blankThumb = capture(Prints.blank(THUMB));
        Capture blankIndex = capture(Prints.blank(INDEX));

        FingerProbes blank = verifier.prepare(List.of(blankThumb));

        assertThat(blank).hasToString("FingerProbes[1]");
        assertThat(verifier.verify(UIN, v1, blank))
                .extracting(IdaError::errorCode)
                .containsExactly("IDA-BIA-011");
        assertThat(verifier.verify(UIN, v1, verifier.prepare(List.of(blankIndex))))
                .as("a finger not enrolled is reported before its own extraction")
                .extracting(IdaError::errorCode)
                .containsExactly("IDA-BIA-006");
        assertThat(verifier.verify(UIN, v1, verifier.prepare(List.of(capture(1, 0), blankThumb))))
                .as("the first finger decides")
                .extracting(IdaError::errorCode)
                .containsExactly("IDA-BIA-001");
    }

    @Test
    void anSdkThatCannotWorkMakesTheMatchUnavailable() {
        FingerVerifier verifier = verifier(10);
        Enrolment v1 = registry.enrol(List.of(Prints.finger(0, 0, 0)));
        sdk.broken = true;

        FingerProbes probes = verifier.prepare(List.of(capture(0, 0)));

        assertThat(verifier.verify(UIN, v1, probes))
                .extracting(IdaError::errorCode)
                .containsExactly("IDA-BIA-017");
    }

    @Test
    void withTheCacheOffEveryVerificationReadsAndExtractsTheEnrolment() {
        FingerVerifier verifier = verifier(0);
        Enrolment v1 = registry.enrol(List.of(Prints.finger(0, 0, 0)));

        verifier.verify(UIN, v1, verifier.prepare(List.of(capture(0, 0))));
        List<IdaError> second = verifier.verify(UIN, v1, verifier.prepare(List.of(capture(0, 0))));

        assertThat(second).isEmpty();
        assertThat(registry.reads).hasValue(2);
        assertThat(sdk.extracted).hasValue(4);
    }

    @Test
    void theCacheIsBoundedInPersonsAndForgetsAfterItsExpiry() {
        AtomicLong nanos = new AtomicLong();
        var templates = new EnrolledTemplates(2, Duration.ofMinutes(30), nanos::get);
        List<Enrolment> enrolments = List.of(enrolment(1), enrolment(2), enrolment(3));
        for (Enrolment enrolment : enrolments) {
            templates.remember(enrolment, List.of(THUMB));
        }

        assertThat(templates.size()).isEqualTo(2);
        Enrolment kept = enrolments.stream()
                .filter(e -> templates.find(e).isPresent())
                .findFirst()
                .orElseThrow();
        assertThat(templates.find(new Enrolment(kept.identity(), kept.version() + 1, kept.writtenAt())))
                .isEmpty();
        nanos.addAndGet(Duration.ofMinutes(31).toNanos());
        assertThat(templates.find(kept)).isEmpty();
        assertThat(templates.size()).isZero();
        assertThat(new EnrolledTemplates(0, Duration.ofMinutes(30)).find(enrolment(1)))
                .isEmpty();
    }

    @Test
    void theSettingsRefuseANegativeSizeAndNoExpiry() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> bio(-1, Duration.ofMinutes(30)));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> bio(10, Duration.ZERO));
        assertThat(bio(0, Duration.ofMinutes(1)).templateCacheSize()).isZero();
    }

    private static Enrolment enrolment(int version) {
        return new Enrolment(ID, version, Instant.EPOCH.plusSeconds(version));
    }

    private FingerVerifier verifier(int cacheSize) {
        var properties = new AuthenticationProperties(
                Duration.ofSeconds(30),
                Duration.ofSeconds(30),
                2_097_152,
                new AuthenticationProperties.Otp(
                        6, Duration.ofMinutes(3), 5, Duration.ofMinutes(30), 5, Duration.ofMinutes(10)),
                new AuthenticationProperties.Demo("EXACT", "EXACT", 60),
                bio(cacheSize, Duration.ofMinutes(30)),
                new AuthenticationProperties.Child(5, List.of("otp", "bio")));
        return new FingerVerifier(registry.identities(), sdk, properties);
    }

    private static AuthenticationProperties.Bio bio(int cacheSize, Duration expiry) {
        return new AuthenticationProperties.Bio(
                Duration.ofSeconds(120), Duration.ofSeconds(180), 10, cacheSize, expiry);
    }

    /** A later impression (1) of finger {@code finger} of {@code person}, as a device would capture it. */
    private static Capture capture(int person, int finger) {
        return capture(Prints.finger(person, finger, 1));
    }

    private static Capture capture(BiometricSample sample) {
        Instant now = Instant.now();
        return new Capture(BiometricType.FINGER, sample.subtype(), sample.format(), sample.data(), now, now);
    }

    /** A registry of one person, whose biometrics each {@link #enrol} replaces with a new version. */
    private static final class Registry {

        private final AtomicInteger reads = new AtomicInteger();
        private IdentityRecord current;

        Enrolment enrol(List<BiometricSample> fingers) {
            List<Bir> birs = fingers.stream()
                    .map(sample -> Bir.of(
                            BdbInfo.enrolment(
                                    UUID.randomUUID(),
                                    SampleFormat.ISO_19794_4_2011,
                                    sample.subtype(),
                                    Instant.now(),
                                    60),
                            sample.data()))
                    .toList();
            int version = current == null ? 1 : current.version() + 1;
            current = new IdentityRecord(
                    ID,
                    UIN,
                    UinStatus.ACTIVATED,
                    version,
                    new Rid("1000110002" + String.format("%019d", version)),
                    JsonMapper.builder().build().createObjectNode(),
                    List.of(new IdentityDocument("individualBiometrics", CbeffXml.write(CbeffDocument.of(birs)))),
                    Instant.EPOCH,
                    Instant.EPOCH.plusSeconds(version));
            return Enrolment.of(current);
        }

        Identities identities() {
            return (Identities) Proxy.newProxyInstance(
                    Identities.class.getClassLoader(), new Class<?>[] {Identities.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("read")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        reads.incrementAndGet();
                        return current;
                    });
        }
    }

    /** SourceAFIS, counting extractions; {@code broken} makes it fail as an SDK that cannot work. */
    private static final class CountingSdk implements BiometricSdk {

        private final SourceAfisSdk sourceAfis = new SourceAfisSdk();
        private final AtomicInteger extracted = new AtomicInteger();
        private volatile boolean broken;

        @Override
        public SdkInfo info() {
            return sourceAfis.info();
        }

        @Override
        public QualityScore checkQuality(BiometricSample sample) {
            return sourceAfis.checkQuality(sample);
        }

        @Override
        public BiometricTemplate extractTemplate(BiometricSample sample) {
            if (broken) {
                throw new BiometricSdkException(BiometricSdkException.Reason.UNKNOWN_ERROR, "out of service");
            }
            extracted.incrementAndGet();
            return sourceAfis.extractTemplate(sample);
        }

        @Override
        public MatchScore match(BiometricTemplate probe, BiometricTemplate candidate) {
            return sourceAfis.match(probe, candidate);
        }
    }
}
