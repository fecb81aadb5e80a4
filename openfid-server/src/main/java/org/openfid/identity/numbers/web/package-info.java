/**
 * MOSIP-compatible idgenerator ({@code /v1/idgenerator}), ridgenerator ({@code /v1/ridgenerator})
 * and our number validator ({@code /v1/idvalidator}) endpoints, with their access rules.
 */
@NullMarked
package org.openfid.identity.numbers.web;

import org.jspecify.annotations.NullMarked;
