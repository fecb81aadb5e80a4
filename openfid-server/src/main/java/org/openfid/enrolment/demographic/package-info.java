/**
 * Demographic de-duplication keys: names normalised and reduced to phonetic keys, combined with the
 * date of birth and gender into blocking keys, stored and compared only as keyed hashes, and the
 * store that finds the earlier enrolments sharing a key with a new one.
 */
@NullMarked
package org.openfid.enrolment.demographic;

import org.jspecify.annotations.NullMarked;
