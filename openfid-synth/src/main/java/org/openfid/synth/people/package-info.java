/**
 * A synthetic population for tests, benchmarks, the software devices and demos: people with names in
 * the country's languages, dates of birth, genders, addresses from the country's location hierarchy,
 * phones, e-mails, identity documents and ten fingers, plus a controlled share of planted duplicates
 * (the same person enrolled again under other demographics) so that de-duplication can be measured.
 *
 * <p>Everything is computed from a seed and a record index, so a person costs microseconds and any
 * slice of a population of millions can be produced again without storing it. Images (documents,
 * face placeholder, finger impressions) are rendered only when asked for.
 */
@NullMarked
package org.openfid.synth.people;

import org.jspecify.annotations.NullMarked;
