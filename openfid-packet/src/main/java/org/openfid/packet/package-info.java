/**
 * Registration packets in MOSIP's layout: the model and its builder ({@link
 * org.openfid.packet.RegistrationPacket}), the writer that signs and encrypts them ({@link
 * org.openfid.packet.PacketWriter}) and the reader that verifies everything and lists what is wrong
 * ({@link org.openfid.packet.PacketReader}). Plain Java so the station and the server share it.
 *
 * @since 0.5
 */
@NullMarked
package org.openfid.packet;

import org.jspecify.annotations.NullMarked;
