package org.openfid.identity.numbers;

/** The pooled kinds of number. */
public enum NumberKind {
    UIN,
    VID
}
