/**
 * The authentication load scenario: a child platform with 100,000 synthetic identities, a partner
 * onboarded through the REST API, and MOSIP IDA requests with full request crypto over HTTP, measured
 * against the raw cost of the crypto alone in the same run.
 */
package org.openfid.bench.authentication;
