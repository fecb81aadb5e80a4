/** The auditors' HTTP endpoints under {@code /admin/audit} and their access rule. */
@NullMarked
package org.openfid.audit.web;

import org.jspecify.annotations.NullMarked;
