package org.openfid.masterdata;

/** The biometric modality a device captures. */
public enum DeviceType {
    FINGER,
    IRIS,
    FACE
}
