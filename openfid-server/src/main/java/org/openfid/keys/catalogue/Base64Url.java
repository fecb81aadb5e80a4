package org.openfid.keys.catalogue;

import java.util.Base64;

/** Unpadded base64url, the encoding of JOSE and of MOSIP's keymanager payloads. */
public final class Base64Url {

    private Base64Url() {}

    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Decodes base64url, tolerating padding; throws {@link IllegalArgumentException} on bad input. */
    public static byte[] decode(String text) {
        return Base64.getUrlDecoder().decode(text.strip());
    }
}
