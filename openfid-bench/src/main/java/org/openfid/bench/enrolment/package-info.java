/**
 * The synthetic enrolment client ({@code ./openfid enrol --synthetic N}) and its benchmark ({@code
 * ./openfid bench enrolment}): a demo registration machine that builds packets of synthetic people
 * and submits them to a running platform over HTTP exactly as a registration client does, a
 * template-level gallery pre-load through the ABIS insert API, and the report of throughput, CPU
 * cost by stage and de-duplication outcome.
 */
@NullMarked
package org.openfid.bench.enrolment;

import org.jspecify.annotations.NullMarked;
