package org.openfid.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openfid.enrolment.demographic.BirthDate;
import org.openfid.enrolment.demographic.BlockingKeys;
import org.openfid.enrolment.demographic.DeclaredDemographics;
import org.openfid.synth.people.SyntheticPerson;

/**
 * Demographic blocking keys on openfid-synth's demo population, enrolled in record order: how many
 * planted duplicates share a key with an earlier record of the same person, and how many pairs of
 * distinct people share one (false candidates per 1,000 people). The in-run reference is the time
 * openfid-synth takes to draw the same people. Run with {@code ./openfid bench demographic [people]
 * [seed]}; keys are compared unhashed here (the keyed hash is one-to-one on them, so the counts are
 * those of the hashed store).
 */
public final class DemographicBenchmark {

    private DemographicBenchmark() {}

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20_261_122L;
        var population = org.openfid.synth.people.SyntheticPopulation.demo(seed, people);
        long drawStart = System.nanoTime();
        List<SyntheticPerson> records = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            records.add(population.person(i));
        }
        long drawNanos = System.nanoTime() - drawStart;
        long keyStart = System.nanoTime();
        List<BlockingKeys> keys = new ArrayList<>(people);
        for (SyntheticPerson person : records) {
            keys.add(BlockingKeys.of(
                    new DeclaredDemographics(person.fullName(), BirthDate.of(person.dateOfBirth()), person.gender())));
        }
        long keyNanos = System.nanoTime() - keyStart;
        System.out.printf(Locale.ROOT, "demographic blocking keys, %,d synthetic people (seed %d)%n", people, seed);
        enrolInOrder("both languages", records, keys);
        for (String language : List.of("eng", "ara")) {
            List<BlockingKeys> alone = records.stream()
                    .map(person -> BlockingKeys.of(new DeclaredDemographics(
                            Map.of(language, person.fullName(language)),
                            BirthDate.of(person.dateOfBirth()),
                            person.gender())))
                    .toList();
            enrolInOrder(language + " name alone", records, alone);
        }
        System.out.printf(
                Locale.ROOT,
                "  key derivation: %.1f us per person; reference, drawing the person in openfid-synth: %.1f us (ratio %.2f)%n",
                keyNanos / 1e3 / people,
                drawNanos / 1e3 / people,
                (double) keyNanos / drawNanos);
    }

    /** Probes then stores each record's keys in record order, as the pipeline does, and prints the counts. */
    private static void enrolInOrder(String label, List<SyntheticPerson> records, List<BlockingKeys> keys) {
        System.out.println(" " + label + ":");
        int people = records.size();
        Map<String, List<Integer>> index = new HashMap<>();
        long falsePairs = 0;
        int duplicates = 0;
        int caught = 0;
        int withFalseCandidates = 0;
        long storedKeys = 0;
        for (int i = 0; i < people; i++) {
            SyntheticPerson person = records.get(i);
            Set<Integer> candidates = new HashSet<>();
            keys.get(i).probes().forEach(key -> candidates.addAll(index.getOrDefault(key, List.of())));
            boolean found = false;
            int wrong = 0;
            for (int candidate : candidates) {
                if (records.get(candidate).subject() == person.subject()) {
                    found = true;
                } else {
                    wrong++;
                }
            }
            falsePairs += wrong;
            withFalseCandidates += wrong > 0 ? 1 : 0;
            if (person.isDuplicate()) {
                duplicates++;
                caught += found ? 1 : 0;
            }
            for (String key : keys.get(i).stored()) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                storedKeys++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "  planted duplicates sharing a key with their original: %,d of %,d (%.1f%%)%n",
                caught,
                duplicates,
                duplicates == 0 ? 0.0 : 100.0 * caught / duplicates);
        System.out.printf(
                Locale.ROOT,
                "  distinct-people candidate pairs: %,d = %.2f per 1,000 people (%,d enrolments with any)%n",
                falsePairs,
                1000.0 * falsePairs / people,
                withFalseCandidates);
        System.out.printf(
                Locale.ROOT,
                "  stored keys: %,d (%.1f per person), distinct: %,d%n",
                storedKeys,
                (double) storedKeys / people,
                index.size());
    }
}
