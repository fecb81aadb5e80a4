package org.openfid.authentication.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** Reads IDA request bodies as the bytes their signature covers, never beyond the size limit. */
final class RequestBodies {

    private RequestBodies() {}

    /** The body, or {@code null} when it is larger than {@code max} bytes (it is then not read further). */
    static byte @Nullable [] read(HttpServletRequest request, int max) throws IOException {
        if (request.getContentLengthLong() > max) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            return body.length > max ? null : body;
        }
    }
}
