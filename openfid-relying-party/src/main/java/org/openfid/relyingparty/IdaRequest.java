package org.openfid.relyingparty;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a relying party asks: who, with which factors. {@link #toString()} shows no identity data.
 *
 * @param individualId the UIN or VID
 * @param idType which of the two
 * @param transactionId ten letters or digits; generated when {@code null}
 * @param demographics IDA demographics ({@code name}, {@code dob}, {@code gender}, ...), or {@code null}
 * @param otp the OTP the person received, or {@code null}
 * @param biometrics IDA biometric entries, or {@code null}
 * @param consent whether the person consented (MOSIP refuses requests without)
 * @param requestTime the request time to state; now when {@code null} (set it to test time windows)
 */
public record IdaRequest(
        String individualId,
        IdType idType,
        @Nullable String transactionId,
        @Nullable ObjectNode demographics,
        @Nullable String otp,
        @Nullable ArrayNode biometrics,
        boolean consent,
        @Nullable Instant requestTime) {

    public IdaRequest {
        Objects.requireNonNull(individualId, "individualId must not be null");
        Objects.requireNonNull(idType, "idType must not be null");
    }

    /** A request for the person with nothing yet; add factors with the {@code with...} methods. */
    public static IdaRequest of(String individualId, IdType idType) {
        return new IdaRequest(individualId, idType, null, null, null, null, true, null);
    }

    public IdaRequest withDemographics(ObjectNode value) {
        return new IdaRequest(individualId, idType, transactionId, value, otp, biometrics, consent, requestTime);
    }

    public IdaRequest withOtp(String value) {
        return new IdaRequest(
                individualId, idType, transactionId, demographics, value, biometrics, consent, requestTime);
    }

    public IdaRequest withBiometrics(ArrayNode value) {
        return new IdaRequest(individualId, idType, transactionId, demographics, otp, value, consent, requestTime);
    }

    /**
     * The biometrics of SBI {@code CAPTURE} answers (each {@code {"biometrics":[...]}} as the device
     * returned it), in capture order: every entry's {@code specVersion}, {@code data}, {@code hash},
     * {@code sessionKey} and {@code thumbprint}, without the device's {@code error}. Capture with the
     * request's transaction id, domain URI and environment, and chain several captures by passing the
     * last {@code hash} as the next capture's {@code previousHash}.
     *
     * @throws IllegalArgumentException if a device reported an error for an entry
     */
    public IdaRequest withSbiCaptures(List<? extends JsonNode> captureAnswers) {
        ArrayNode entries = JsonMapper.builder().build().createArrayNode();
        for (JsonNode answer : captureAnswers) {
            for (JsonNode item : answer.path("biometrics")) {
                String error = item.path("error").path("errorCode").asString("0");
                if (!error.equals("0")) {
                    throw new IllegalArgumentException("The device reported SBI error " + error);
                }
                ObjectNode entry = entries.addObject();
                for (String field : List.of("specVersion", "data", "hash", "sessionKey", "thumbprint")) {
                    entry.put(field, item.path(field).asString(""));
                }
            }
        }
        return withBiometrics(entries);
    }

    public IdaRequest withTransactionId(String value) {
        return new IdaRequest(individualId, idType, value, demographics, otp, biometrics, consent, requestTime);
    }

    public IdaRequest withConsent(boolean value) {
        return new IdaRequest(individualId, idType, transactionId, demographics, otp, biometrics, value, requestTime);
    }

    public IdaRequest withRequestTime(Instant value) {
        return new IdaRequest(individualId, idType, transactionId, demographics, otp, biometrics, consent, value);
    }

    @Override
    public String toString() {
        return "IdaRequest[" + idType + ", txn " + transactionId + "]";
    }
}
