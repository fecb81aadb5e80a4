package org.openfid.authentication.bio;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricTemplate;

/**
 * The enrolled finger templates of recently authenticated persons, so that a person's next
 * authentication compares at once instead of decoding the stored finger images and extracting their
 * templates again (0.1-0.3 s of CPU per finger, inside the request's database transaction).
 *
 * <p>An entry is keyed by the {@link Enrolment}, the identity <em>and</em> the record version its
 * biometrics were read from: an update of the biometrics writes a new version, so a changed enrolment
 * is looked up under a new key and can never be compared with the templates of the old one (which
 * simply expire). An entry starts with which fingers are enrolled, in the order of the person's CBEFF,
 * and gains each finger's template the first time a request needs it, as matching always did.
 *
 * <p>Templates are biometric data. Keeping them here is acceptable because they never leave the
 * process (never written to disk, the database, a log or a response; {@link #toString()} shows none),
 * the cache is bounded in persons, and each entry is dropped a fixed time after it was created however
 * often it is used. It holds SDK templates, never the finger images they were extracted from; the
 * images are read from the registry only for the request that extracts. A size of 0 turns caching off.
 */
final class EnrolledTemplates {

    private final @Nullable Cache<Enrolment, Fingers> cache;

    /**
     * @param maxPersons how many persons' templates are kept (rarely used ones go first); 0: none
     * @param expiry how long after it was created an entry is dropped
     */
    EnrolledTemplates(int maxPersons, Duration expiry) {
        this(maxPersons, expiry, Ticker.systemTicker());
    }

    /** With this clock for the expiry (tests). */
    EnrolledTemplates(int maxPersons, Duration expiry, Ticker ticker) {
        this.cache = maxPersons == 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(maxPersons)
                        .expireAfterWrite(expiry)
                        .ticker(ticker)
                        .executor(Runnable::run)
                        .build();
    }

    /** The cached fingers of this enrolment, if any. */
    Optional<Fingers> find(Enrolment enrolment) {
        return cache == null ? Optional.empty() : Optional.ofNullable(cache.getIfPresent(enrolment));
    }

    /**
     * The entry of this enrolment, created with these enrolled fingers if there is none (another
     * request may have created it first: the same version has the same fingers).
     */
    Fingers remember(Enrolment enrolment, List<BiometricSubtype> enrolled) {
        if (cache == null) {
            return new Fingers(enrolled);
        }
        return cache.get(enrolment, key -> new Fingers(enrolled));
    }

    /** How many persons are cached now (after pending evictions). */
    long size() {
        if (cache == null) {
            return 0;
        }
        cache.cleanUp();
        return cache.estimatedSize();
    }

    @Override
    public String toString() {
        return "EnrolledTemplates[" + size() + " persons]";
    }

    /**
     * One enrolment's fingers: which finger each enrolled sample is, and the template of each one
     * extracted so far (filled in by concurrent requests, hence atomic).
     */
    static final class Fingers {

        private final List<BiometricSubtype> enrolled;
        private final AtomicReferenceArray<BiometricTemplate> templates;

        Fingers(List<BiometricSubtype> enrolled) {
            this.enrolled = List.copyOf(enrolled);
            this.templates = new AtomicReferenceArray<>(enrolled.size());
        }

        /**
         * The positions of the enrolled samples a probe of this finger is compared with: the same
         * finger, or every finger for one the device could not name.
         */
        List<Integer> candidates(BiometricSubtype finger) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < enrolled.size(); i++) {
                if (finger == BiometricSubtype.UNKNOWN_FINGER || enrolled.get(i) == finger) {
                    positions.add(i);
                }
            }
            return positions;
        }

        @Nullable
        BiometricTemplate template(int position) {
            return templates.get(position);
        }

        void remember(int position, BiometricTemplate template) {
            templates.compareAndSet(position, null, template);
        }

        int size() {
            return enrolled.size();
        }

        @Override
        public String toString() {
            return "Fingers[" + enrolled.size() + "]";
        }
    }
}
