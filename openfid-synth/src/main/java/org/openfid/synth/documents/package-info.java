/**
 * Renders a synthetic person's identity documents (PNG and PDF) and face placeholder. Every image is
 * stamped SYNTHETIC so that no output can pass for a real document or a real face.
 */
@NullMarked
package org.openfid.synth.documents;

import org.jspecify.annotations.NullMarked;
