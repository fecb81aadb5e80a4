/** MOSIP-compatible intake and status endpoints of the registration processor. */
@NullMarked
package org.openfid.enrolment.web;

import org.jspecify.annotations.NullMarked;
