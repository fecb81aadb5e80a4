package org.openfid.packet;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of reading a packet: the packet when every check passed, otherwise the list of
 * problems found (as many as could be found before a problem made further checks meaningless).
 */
public record PacketReading(@Nullable RegistrationPacket packet, List<PacketProblem> problems) {
    public PacketReading {
        problems = List.copyOf(problems);
        if ((packet == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("A reading has a packet or problems, not both");
        }
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public Optional<RegistrationPacket> packetIfValid() {
        return Optional.ofNullable(packet);
    }
}
