package org.openfid.packet;

/** The sub-packets of a registration packet; {@link #ID} is MOSIP's default sub-packet. */
public enum SubPacket {
    ID("id"),
    EVIDENCE("evidence"),
    OPTIONAL("optional");

    private final String fileName;

    SubPacket(String fileName) {
        this.fileName = fileName;
    }

    /** The suffix of the sub-packet's files ({@code <rid>_<suffix>.zip}). */
    public String fileName() {
        return fileName;
    }
}
