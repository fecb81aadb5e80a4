package org.openfid.packet;

import java.util.EnumSet;
import java.util.Set;

/**
 * The ID schema's {@code fieldCategory} of a field, which decides the sub-packets it is written to:
 * {@code pvt} and {@code kyc} go to id, {@code evidence} and {@code optional} to their own, {@code
 * none} to all three (as MOSIP's packet manager does).
 */
public enum FieldCategory {
    PVT,
    KYC,
    EVIDENCE,
    OPTIONAL,
    NONE;

    /** The sub-packets a field of this category is written to. */
    public Set<SubPacket> subPackets() {
        return switch (this) {
            case PVT, KYC -> EnumSet.of(SubPacket.ID);
            case EVIDENCE -> EnumSet.of(SubPacket.EVIDENCE);
            case OPTIONAL -> EnumSet.of(SubPacket.OPTIONAL);
            case NONE -> EnumSet.allOf(SubPacket.class);
        };
    }

    /** The schema's spelling ({@code pvt}, {@code kyc}, ...). */
    public String schemaName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
