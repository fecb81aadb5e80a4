/**
 * Synthetic fingerprints, deterministic from a seed: master fingers (pattern class, singular points,
 * orientation field, ridge frequency, ridge pattern, finger shape) and any number of impressions of
 * each (displacement, rotation, elastic distortion, pressure, noise, partial contact) as 500 ppi
 * grayscale images, plus template-level minutiae synthesis for galleries too large to render.
 *
 * <p>No real person's biometric data exists anywhere in the platform's tests, benchmarks or demos:
 * everything a matcher sees is made here. See {@code docs/adr/0007-synthetic-fingerprints.md} for
 * the model and what it leaves out.
 */
@NullMarked
package org.openfid.synth.fingers;

import org.jspecify.annotations.NullMarked;
