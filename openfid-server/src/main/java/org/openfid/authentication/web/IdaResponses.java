package org.openfid.authentication.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.flow.IdaAnswer;
import org.openfid.keys.KeyRef;
import org.openfid.keys.Signatures;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an answer as MOSIP IDA does: {@code {id, version, transactionID, responseTime, response,
 * errors}}, with the {@code response-signature} header, a JWS (detached payload) over the exact body
 * bytes by the platform's IDA signing key, so partners can prove what the platform said.
 */
@Component
class IdaResponses {

    static final KeyRef SIGNING_KEY = KeyRef.of("IDA", "SIGN");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Signatures signatures;
    private final Clock clock;

    IdaResponses(Signatures signatures, Clock clock) {
        this.signatures = signatures;
        this.clock = clock;
    }

    ResponseEntity<byte[]> auth(String id, IdaAnswer answer) {
        ObjectNode response = JSON.createObjectNode();
        response.put("authStatus", answer.success());
        response.put("authToken", answer.token());
        return write(id, answer, response, HttpStatus.OK);
    }

    ResponseEntity<byte[]> kyc(IdaAnswer answer) {
        ObjectNode response = JSON.createObjectNode();
        response.put("kycStatus", answer.success());
        response.put("authToken", answer.token());
        if (answer.payload() != null) {
            response.setAll(answer.payload());
        }
        return write("mosip.identity.kyc", answer, response, HttpStatus.OK);
    }

    ResponseEntity<byte[]> otp(IdaAnswer answer) {
        return otp("mosip.identity.otp", answer);
    }

    ResponseEntity<byte[]> otp(String id, IdaAnswer answer) {
        ObjectNode response = answer.success() && answer.payload() != null ? answer.payload() : null;
        return write(id, answer, response, HttpStatus.OK);
    }

    ResponseEntity<byte[]> write(
            String id, IdaAnswer answer, @org.jspecify.annotations.Nullable ObjectNode response, HttpStatus status) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", id);
        body.put("version", "1.0");
        body.put("transactionID", answer.transactionId());
        body.put("responseTime", TIME.format(clock.instant()));
        body.set("response", response);
        if (answer.errors().isEmpty()) {
            body.putNull("errors");
        } else {
            var errors = body.putArray("errors");
            for (IdaError error : answer.errors()) {
                ObjectNode entry = errors.addObject();
                entry.put("errorCode", error.errorCode());
                entry.put("errorMessage", error.errorMessage());
                if (error.actionMessage() != null) {
                    entry.put("actionMessage", error.actionMessage());
                }
            }
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .header("response-signature", detached(signatures.sign(SIGNING_KEY, null, bytes, true)))
                .body(bytes);
    }

    private static String detached(String compact) {
        int first = compact.indexOf('.');
        int last = compact.lastIndexOf('.');
        return compact.substring(0, first + 1) + compact.substring(last);
    }
}
