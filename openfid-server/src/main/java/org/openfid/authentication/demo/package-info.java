/**
 * Demographic matching as MOSIP IDA does it: IDA attribute names mapped to the identity schema,
 * normalisation per attribute kind, and the exact, partial and phonetic strategies, per language.
 */
@NullMarked
package org.openfid.authentication.demo;

import org.jspecify.annotations.NullMarked;
