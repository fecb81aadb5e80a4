/**
 * The identity schema inside the module: reading and checking schema documents, their storage,
 * validation of identities against the current version, validation messages, and the country
 * section that loads {@code schema.json} and {@code validation-messages.json}.
 */
@NullMarked
package org.openfid.masterdata.schema;

import org.jspecify.annotations.NullMarked;
