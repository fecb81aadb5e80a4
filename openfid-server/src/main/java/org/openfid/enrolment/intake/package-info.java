/** Intake: sync records, the packet receiver, sealed packet storage and the enrolment case store. */
@NullMarked
package org.openfid.enrolment.intake;

import org.jspecify.annotations.NullMarked;
