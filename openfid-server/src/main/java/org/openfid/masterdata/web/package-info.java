/** The master data REST endpoints for administrators and their access rules. */
@NullMarked
package org.openfid.masterdata.web;

import org.jspecify.annotations.NullMarked;
