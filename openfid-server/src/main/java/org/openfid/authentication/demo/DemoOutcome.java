package org.openfid.authentication.demo;

import java.util.List;

/** The result of matching: matched when there is no failure. */
public record DemoOutcome(List<DemoFailure> failures) {

    public DemoOutcome {
        failures = List.copyOf(failures);
    }

    public boolean matched() {
        return failures.isEmpty();
    }
}
