package org.openfid.synth.people;

/**
 * Ground truth for de-duplication: record {@code record} is the person of record {@code original}
 * enrolled again (other demographics, same fingers, other impressions).
 *
 * @param record the duplicate record's index
 * @param original the index of the first record of that person (never itself a duplicate)
 */
public record PlantedDuplicate(long record, long original) {}
