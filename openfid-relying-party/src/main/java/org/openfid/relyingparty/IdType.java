package org.openfid.relyingparty;

/** How the person is addressed. */
public enum IdType {
    UIN,
    VID
}
