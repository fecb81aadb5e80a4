/**
 * The stages of the enrolment flows and the flows themselves ({@link
 * org.openfid.enrolment.stages.StandardFlows}): each stage is a small class with one idempotent
 * method, returning passed, rejected, retry-later or needs-review with a MOSIP-style code.
 */
@NullMarked
package org.openfid.enrolment.stages;

import org.jspecify.annotations.NullMarked;
