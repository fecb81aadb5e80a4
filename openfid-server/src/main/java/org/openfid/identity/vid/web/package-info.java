/**
 * MOSIP ID repository VID endpoints ({@code /idrepository/v1/vid}) with POST-body equivalents that
 * keep UINs and VIDs out of URLs.
 */
@NullMarked
package org.openfid.identity.vid.web;

import org.jspecify.annotations.NullMarked;
