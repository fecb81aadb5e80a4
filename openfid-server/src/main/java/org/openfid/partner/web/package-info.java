/**
 * The partner and policy REST API for administrators and partners, with RFC 9457 problem details.
 */
@NullMarked
package org.openfid.partner.web;

import org.jspecify.annotations.NullMarked;
