package org.openfid.devices;

import java.io.UncheckedIOException;
import org.openfid.devices.capture.SyntheticSubject;
import org.openfid.synth.people.SyntheticPopulation;

/**
 * Finds a synthetic person's fingers. The population (which knows planted duplicates: a duplicate
 * record has the fingers of its original) needs the demo country of the source tree; outside it,
 * record {@code n} is read as subject {@code n}, the population's own rule for records that are not
 * duplicates, and the start-up line says so.
 */
final class SyntheticPeople {

    private static final System.Logger LOG = System.getLogger(SyntheticPeople.class.getName());

    private SyntheticPeople() {}

    static SyntheticSubject subject(long seed, long person) {
        try {
            var record = SyntheticPopulation.demo(seed, person + 1).person(person);
            return new SyntheticSubject(seed, person, record::fingerId);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "Demo country not found from {0}: person {1} is read as synthetic subject {1}",
                    System.getProperty("user.dir"),
                    person);
            return new SyntheticSubject(seed, person, finger -> person * 10 + finger.isoFingerPosition() - 1);
        }
    }
}
