/** MOSIP ID repository endpoints ({@code /idrepository/v1/identity}) over the identity API. */
@NullMarked
package org.openfid.identity.web;

import org.jspecify.annotations.NullMarked;
