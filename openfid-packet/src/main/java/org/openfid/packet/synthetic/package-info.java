/**
 * Packets of synthetic people ({@code openfid-synth}, an optional dependency the caller brings): for
 * tests, demonstrations and the synthetic enrolment benchmark. Never used to process real packets.
 */
@NullMarked
package org.openfid.packet.synthetic;

import org.jspecify.annotations.NullMarked;
