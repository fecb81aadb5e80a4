/**
 * MOSIP-shaped endpoints for external callers: the ABIS operations ({@code /v1/abis/*}, MOSIP's ABIS
 * 0.9 messages over HTTP) and the BioSDK service ({@code /v1/biosdk/*}, the shape of MOSIP's
 * biosdk-services), for the registration processor and administrators.
 */
@NullMarked
package org.openfid.biometrics.web;

import org.jspecify.annotations.NullMarked;
