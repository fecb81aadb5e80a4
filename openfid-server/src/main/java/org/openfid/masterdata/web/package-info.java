/**
 * The master data REST API under {@code /v1/masterdata} (identity schema, reference data) and who may
 * call it.
 */
@NullMarked
package org.openfid.masterdata.web;

import org.jspecify.annotations.NullMarked;
