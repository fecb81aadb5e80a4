/**
 * The authentication flow as code: open and check a partner's request, resolve the individual, apply
 * the partner's policy and the person's locks, match, answer and record.
 */
@NullMarked
package org.openfid.authentication.flow;

import org.jspecify.annotations.NullMarked;
