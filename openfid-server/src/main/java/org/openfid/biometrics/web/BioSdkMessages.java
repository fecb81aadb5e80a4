package org.openfid.biometrics.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shapes of MOSIP's biosdk-services: a request {@code {version, request}} whose {@code request}
 * is base64 of the operation's JSON, and a response {@code {version, responsetime, response:
 * {statusCode, statusMessage, response}, errors}}. Biometric records follow MOSIP's {@code
 * BiometricRecord} JSON ({@code segments} of BIRs with {@code bdbInfo} and a base64 {@code bdb});
 * fields this SDK does not use are ignored.
 */
final class BioSdkMessages {

    private BioSdkMessages() {}

    record Envelope(@Nullable String version, @Nullable String request) {}

    /** The decoded operation: {@code sample} for quality and extraction, plus {@code gallery} for match. */
    record Operation(
            @Nullable RecordJson sample,
            @Nullable List<RecordJson> gallery,
            @Nullable List<String> modalitiesToCheck,
            @Nullable List<String> modalitiesToExtract,
            @Nullable List<String> modalitiesToMatch,
            @Nullable Map<String, String> flags) {}

    record RecordJson(@Nullable List<SegmentJson> segments) {}

    record SegmentJson(
            @Nullable BdbInfoJson bdbInfo, @Nullable String bdb) {}

    record BdbInfoJson(
            @Nullable List<String> type,
            @Nullable List<String> subtype,
            @Nullable FormatJson format,
            @Nullable String level) {}

    record FormatJson(
            @Nullable String organization, @Nullable String type) {}

    record Reply(String version, String responsetime, SdkResponse response, List<Map<String, String>> errors) {}

    record SdkResponse(
            int statusCode,
            @Nullable String statusMessage,
            @Nullable Object response) {}

    record ModalityScore(int score, List<String> errors, Map<String, String> analyticsInfo) {}

    record QualityCheck(Map<String, ModalityScore> scores) {}

    record Decision(String match, List<String> errors, Map<String, String> analyticsInfo) {}

    record MatchDecision(int galleryIndex, Map<String, Decision> decisions, Map<String, String> analyticsInfo) {}
}
