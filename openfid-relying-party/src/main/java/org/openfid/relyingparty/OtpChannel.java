package org.openfid.relyingparty;

/** Where an OTP is sent. */
public enum OtpChannel {
    PHONE,
    EMAIL
}
