package org.openfid.packet;

/** The registration flow a packet belongs to, named as MOSIP names it in files and folders. */
public enum PacketProcess {
    NEW,
    UPDATE,
    LOST,
    CORRECTION,
    ACTIVATED,
    DEACTIVATED;

    /** The name written in the packet (folder, {@code process}, {@code registrationType}). */
    public String mosipName() {
        return name();
    }
}
