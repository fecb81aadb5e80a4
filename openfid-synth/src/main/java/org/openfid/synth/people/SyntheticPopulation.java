package org.openfid.synth.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.synth.fingers.SyntheticFingers;
import tools.jackson.databind.node.ObjectNode;

/**
 * A deterministic synthetic population: record {@code i} of seed {@code s} is always the same person,
 * whatever the population's size (a population of 1,000 is the first 1,000 records of one of
 * 1,000,000 with the same seed and duplicate share). Computing a person reads no file and renders no
 * image, so tests, benchmarks and devices can draw people at will.
 *
 * <p>Planted duplicates: each record after the first is, with probability
 * {@link PopulationSettings#duplicateShare()}, the person of a uniformly chosen earlier record enrolled
 * again. It keeps that person's gender and fingers (the same master finger ids, another impression)
 * and gets new names, date of birth, address, phone and e-mail. {@link #plantedDuplicates()} is the
 * ground truth de-duplication is measured against.
 */
public final class SyntheticPopulation {

    private final long seed;
    private final PopulationSettings settings;
    private final CountryData country;
    private final PersonFactory factory;
    private final SyntheticFingers fingers;

    /**
     * A population drawn from {@code seed}.
     *
     * @throws IllegalArgumentException when the country folder is missing or unusable
     */
    public SyntheticPopulation(long seed, PopulationSettings settings) {
        this.seed = seed;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.country = CountryData.read(settings.countryFolder());
        if (!country.languages.containsAll(settings.languages())) {
            throw new IllegalArgumentException("The country of " + settings.countryFolder() + " has the languages "
                    + country.languages + ", not all of " + settings.languages());
        }
        this.factory = new PersonFactory(seed, settings, country);
        this.fingers = new SyntheticFingers(seed);
    }

    /** {@code count} records of the demo country with 5% planted duplicates. */
    public static SyntheticPopulation demo(long seed, long count) {
        return new SyntheticPopulation(seed, PopulationSettings.demo(count));
    }

    /** The seed; also the seed of the population's synthetic fingers. */
    public long seed() {
        return seed;
    }

    public PopulationSettings settings() {
        return settings;
    }

    /** How many records the population has. */
    public long count() {
        return settings.count();
    }

    /**
     * The record at {@code index} (0-based).
     *
     * @throws IndexOutOfBoundsException outside {@code [0, count)}
     */
    public SyntheticPerson person(long index) {
        return factory.person(checked(index), subjectOf(index));
    }

    /** Every record in index order, computed lazily. */
    public Stream<SyntheticPerson> people() {
        return LongStream.range(0, count()).mapToObj(this::person);
    }

    /** The first record of the person behind record {@code index}: itself unless it is a duplicate. */
    public long subjectOf(long index) {
        long current = checked(index);
        // a duplicate points to an earlier record, which may itself be a duplicate: follow to the first
        for (OptionalLong earlier = earlierRecord(current); earlier.isPresent(); earlier = earlierRecord(current)) {
            current = earlier.getAsLong();
        }
        return current;
    }

    /** The original record that record {@code index} duplicates, if it is a planted duplicate. */
    public OptionalLong duplicateOf(long index) {
        long subject = subjectOf(index);
        return subject == index ? OptionalLong.empty() : OptionalLong.of(subject);
    }

    /** The ground truth: every planted duplicate with its original, in record order. */
    public List<PlantedDuplicate> plantedDuplicates() {
        List<PlantedDuplicate> duplicates = new ArrayList<>();
        for (long index = 0; index < count(); index++) {
            long subject = subjectOf(index);
            if (subject != index) {
                duplicates.add(new PlantedDuplicate(index, subject));
            }
        }
        return duplicates;
    }

    /**
     * The record as an ID repository identity of the country's schema (MOSIP's identity JSON: text
     * fields as language/value lists, codes for lists, {@code yyyy/MM/dd} dates, document and
     * biometrics references by field name).
     */
    public ObjectNode identity(SyntheticPerson person) {
        return new IdentityJson(country, settings).identity(person);
    }

    /** The finger generator of this population (seeded with its seed); thread-safe. */
    public SyntheticFingers fingers() {
        return fingers;
    }

    /**
     * The image this record's enrolment captured of {@code finger}: impression
     * {@link SyntheticPerson#fingerImpression()} of the person's master finger. Renders the finger
     * (tens of milliseconds or more); devices wanting other captures of the same finger use
     * {@link #fingerImage(SyntheticPerson, BiometricSubtype, int)} with another impression index.
     */
    public GrayscaleImage fingerImage(SyntheticPerson person, BiometricSubtype finger) {
        return fingerImage(person, finger, person.fingerImpression());
    }

    /** Impression {@code impression} of the person's {@code finger} (0 is the cleanest capture). */
    public GrayscaleImage fingerImage(SyntheticPerson person, BiometricSubtype finger, int impression) {
        return fingers.impression(fingers.master(person.fingerId(finger)), impression);
    }

    private OptionalLong earlierRecord(long index) {
        if (index == 0 || settings.duplicateShare() == 0) {
            return OptionalLong.empty();
        }
        var random = Draws.stream(seed, index, Draws.DUPLICATE);
        if (random.nextDouble() >= settings.duplicateShare()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(random.nextLong(index));
    }

    private long checked(long index) {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException("Record " + index + " is outside the population of " + count());
        }
        return index;
    }
}
