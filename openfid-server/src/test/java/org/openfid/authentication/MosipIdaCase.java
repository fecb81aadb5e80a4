package org.openfid.authentication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of MOSIP's own negative test cases for the IDA API, read from {@code
 * mosip-ida-cases/ida-cases.json} (an unchanged extract of MOSIP's api-test YAML; provenance in the
 * README next to it). The cases are data: they are read, never transcribed, so a newer extract
 * replays without code changes.
 *
 * @param id MOSIP's {@code uniqueIdentifier} ({@code null} for the one case MOSIP left without)
 * @param name MOSIP's case name
 * @param area {@code demo-auth}, {@code demo-kyc}, {@code otp-auth}, {@code otp-kyc} or {@code send-otp}
 * @param description MOSIP's description
 * @param endPoint the path, with MOSIP's {@code $partnerKeyURL$} placeholder or a literal wrong one
 * @param input the YAML input of MOSIP's rig, unchanged
 * @param expected {@code authStatus}/{@code kycStatus} and {@code errors} as MOSIP expects them
 * @param skippedByMosip the JIRA id under which MOSIP's own rig skips the case, if it does
 */
record MosipIdaCase(
        @Nullable String id,
        String name,
        String area,
        String description,
        String endPoint,
        JsonNode input,
        JsonNode expected,
        @Nullable String skippedByMosip) {

    static final String RESOURCE = "/mosip-ida-cases/ida-cases.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every case of the extract, in its order. */
    static List<MosipIdaCase> all() {
        try (InputStream in = MosipIdaCase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            List<MosipIdaCase> cases = new ArrayList<>();
            for (JsonNode node : JSON.readTree(in).path("cases")) {
                cases.add(new MosipIdaCase(
                        node.path("id").isString() ? node.path("id").asString() : null,
                        node.path("name").asString(),
                        node.path("area").asString(),
                        node.path("description").asString(),
                        node.path("endPoint").asString(),
                        node.path("input"),
                        node.path("expected"),
                        node.path("skippedByMosip").isString()
                                ? node.path("skippedByMosip").asString()
                                : null));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id, or the name for the case MOSIP left without one (the key of the differences table). */
    String key() {
        return id == null ? name : id;
    }

    boolean isSendOtp() {
        return area.equals("send-otp");
    }

    /** e-KYC rather than yes/no authentication. */
    boolean isKyc() {
        return area.endsWith("-kyc");
    }

    /** The rig asks for an OTP first and authenticates with it. */
    boolean usesOtp() {
        return area.startsWith("otp-");
    }

    /** The error codes MOSIP expects, in its order (often none: only the status is checked). */
    List<String> expectedCodes() {
        List<String> codes = new ArrayList<>();
        expected.path("errors")
                .forEach(error -> codes.add(error.path("errorCode").asString()));
        return codes;
    }

    /**
     * Whether MOSIP expects success after all: a status {@code true} (the draft case), or a send-OTP
     * case that expects no error (the reactivated UIN). The extract keeps them because their names end
     * in {@code _Neg}.
     */
    boolean expectsSuccess() {
        JsonNode status = expected.path(isKyc() ? "kycStatus" : "authStatus");
        if (status.isBoolean() || status.isString()) {
            return status.asString().equals("true");
        }
        return isSendOtp() && expectedCodes().isEmpty();
    }

    /** A text field of the input, or {@code null} when the case does not set it. */
    @Nullable
    String input(String field) {
        JsonNode value = input.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    @Override
    public String toString() {
        return (id == null ? "(no id)" : id) + " " + name;
    }
}
