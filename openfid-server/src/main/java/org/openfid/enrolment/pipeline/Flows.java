package org.openfid.enrolment.pipeline;

import java.util.List;
import org.openfid.enrolment.RegistrationType;

/** The stage list of each registration type (the flows are code, in one place). */
public interface Flows {

    /** The stages of {@code process} in order; empty when the platform has no flow for it. */
    List<Stage> stages(RegistrationType process);
}
