package org.openfid.bench.enrolment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.openfid.synth.people.PopulationSettings;
import org.openfid.synth.people.SyntheticPopulation;

/**
 * Which synthetic records to enrol: {@code count} records of one population, exactly {@code
 * duplicates} of them planted duplicates (openfid-synth's: the same person registered again with new
 * names, date of birth and address but the same fingers) of an earlier record that is itself in the
 * plan. Records are taken in population order, so the original is always submitted before its
 * duplicate. Only adults are planned: synthetic packets name no introducer, and the pipeline rightly
 * rejects a minor without one at {@code INTRODUCER_VALIDATION}, before any de-duplication (so a
 * minor's planted duplicate would have no enrolled original to be caught against).
 *
 * @param population the population the records come from
 * @param entries the records, in submission order
 */
record PacketPlan(SyntheticPopulation population, List<Entry> entries) {

    /**
     * One record to enrol.
     *
     * @param record the population record
     * @param duplicateOf the record it duplicates (in this plan), if it is a planted duplicate
     */
    record Entry(long record, OptionalLong duplicateOf) {}

    /** The plan of {@code count} records with {@code duplicates} planted duplicates, from {@code seed}. */
    static PacketPlan of(long seed, int count, int duplicates) {
        if (count < 1 || duplicates < 0 || duplicates >= count) {
            throw new IllegalArgumentException("Need at least one packet and fewer duplicates than packets (got "
                    + count + ", " + duplicates + ")");
        }
        double share = duplicates == 0 ? 0 : Math.min(0.5, Math.max(0.02, 1.5 * duplicates / count));
        long size = 200L * count + 1_000;
        var population =
                new SyntheticPopulation(seed, PopulationSettings.demo(size).withDuplicateShare(share));
        List<Entry> entries = new ArrayList<>(count);
        Set<Long> included = new HashSet<>();
        int originals = 0;
        int planted = 0;
        for (long record = 0; record < size && entries.size() < count; record++) {
            OptionalLong original = population.duplicateOf(record);
            if (!adult(population, record)) {
                continue;
            }
            if (original.isEmpty() && originals < count - duplicates) {
                entries.add(new Entry(record, OptionalLong.empty()));
                included.add(record);
                originals++;
            } else if (original.isPresent() && planted < duplicates && included.contains(original.getAsLong())) {
                entries.add(new Entry(record, original));
                planted++;
            }
        }
        if (entries.size() < count) {
            throw new IllegalStateException("Seed " + seed + " gives too few usable duplicates; try another seed");
        }
        return new PacketPlan(population, List.copyOf(entries));
    }

    /** Adult on any packet date of the next weeks' runs (packets are dated on a recent working day). */
    private static boolean adult(SyntheticPopulation population, long record) {
        return population.person(record).ageOn(java.time.LocalDate.now().minusDays(30)) >= 18;
    }

    /** How many entries are planted duplicates. */
    long duplicates() {
        return entries.stream().filter(e -> e.duplicateOf().isPresent()).count();
    }
}
