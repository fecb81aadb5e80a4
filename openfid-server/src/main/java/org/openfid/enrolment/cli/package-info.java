/** Command-line tools of the enrolment module. */
@NullMarked
package org.openfid.enrolment.cli;

import org.jspecify.annotations.NullMarked;
