/**
 * The enrolment pipeline as code: a flow per registration type is an ordered list of {@link
 * org.openfid.enrolment.pipeline.Stage}s, each returning a sealed {@link
 * org.openfid.enrolment.pipeline.StageOutcome}; the {@link org.openfid.enrolment.pipeline.Pipeline}
 * claims runnable cases from PostgreSQL ({@code FOR UPDATE SKIP LOCKED}), runs one stage per
 * transaction and persists its outcome on the case in that same transaction.
 */
@NullMarked
package org.openfid.enrolment.pipeline;

import org.jspecify.annotations.NullMarked;
