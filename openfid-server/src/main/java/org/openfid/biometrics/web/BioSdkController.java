package org.openfid.biometrics.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openfid.biometrics.web.BioSdkMessages.Decision;
import org.openfid.biometrics.web.BioSdkMessages.Envelope;
import org.openfid.biometrics.web.BioSdkMessages.MatchDecision;
import org.openfid.biometrics.web.BioSdkMessages.ModalityScore;
import org.openfid.biometrics.web.BioSdkMessages.Operation;
import org.openfid.biometrics.web.BioSdkMessages.QualityCheck;
import org.openfid.biometrics.web.BioSdkMessages.RecordJson;
import org.openfid.biometrics.web.BioSdkMessages.Reply;
import org.openfid.biometrics.web.BioSdkMessages.SdkResponse;
import org.openfid.biometrics.web.BioSdkRecords.Segment;
import org.openfid.platform.MosipEnvelope;
import org.openfid.spi.biometrics.BiometricSdk;
import org.openfid.spi.biometrics.BiometricSdkException;
import org.openfid.spi.biometrics.BiometricSdkException.Reason;
import org.openfid.spi.biometrics.BiometricTemplate;
import org.openfid.spi.biometrics.BiometricType;
import org.openfid.spi.biometrics.SdkInfo;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's biometric SDK as MOSIP's biosdk-services expose theirs: {@code init}, {@code
 * check-quality}, {@code extract-template} and {@code match}, each taking {@code {version, request}}
 * with the operation's JSON in base64. Outcomes travel in {@code response.statusCode} (200, or the
 * BioSDK codes 401-406 and 500) with HTTP 200, as MOSIP's service does.
 *
 * <p>Match extracts templates from image segments (or takes {@code sourceafis-3} template segments
 * as they are) and compares each probe finger with the gallery record's finger of the same position;
 * the record is {@code MATCHED} when every compared finger reaches the SDK's threshold.
 */
@RestController
@RequestMapping("/v1/biosdk")
class BioSdkController {

    private final BiometricSdk sdk;
    private final JsonMapper json;
    private final Clock clock;

    BioSdkController(BiometricSdk sdk, JsonMapper json, Clock clock) {
        this.sdk = sdk;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping("/init")
    Reply init(@RequestBody Envelope envelope) {
        return handle(envelope, false, operation -> info(sdk.info()));
    }

    @PostMapping("/check-quality")
    Reply checkQuality(@RequestBody Envelope envelope) {
        return handle(envelope, true, operation -> {
            var scores = new ArrayList<Integer>();
            var analytics = new LinkedHashMap<String, String>();
            for (var segment : BioSdkRecords.segments(operation.sample())) {
                requireSample(segment);
                var quality = sdk.checkQuality(segment.sample());
                scores.add(quality.score());
                analytics.put(segment.subtype().attribute(), Integer.toString(quality.score()));
            }
            int average = (int) Math.round(
                    scores.stream().mapToInt(Integer::intValue).average().orElse(0));
            return new QualityCheck(Map.of("FINGER", new ModalityScore(average, List.of(), analytics)));
        });
    }

    @PostMapping("/extract-template")
    Reply extractTemplate(@RequestBody Envelope envelope) {
        return handle(envelope, true, operation -> {
            var segments = BioSdkRecords.segments(operation.sample()).stream()
                    .map(this::template)
                    .map(BioSdkRecords::templateSegment)
                    .toList();
            return new RecordJson(segments);
        });
    }

    @PostMapping("/match")
    Reply match(@RequestBody Envelope envelope) {
        return handle(envelope, true, operation -> {
            var probe = BioSdkRecords.segments(operation.sample()).stream()
                    .map(this::template)
                    .toList();
            if (operation.gallery() == null || operation.gallery().isEmpty()) {
                throw new BiometricSdkException(Reason.MISSING_INPUT, "The gallery is empty");
            }
            var decisions = new ArrayList<MatchDecision>();
            for (int index = 0; index < operation.gallery().size(); index++) {
                var candidates = BioSdkRecords.segments(operation.gallery().get(index)).stream()
                        .map(this::template)
                        .toList();
                decisions.add(decide(index, probe, candidates));
            }
            return decisions;
        });
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Reply unreadable(HttpMessageNotReadableException failure) {
        return failed(Reason.INVALID_INPUT, "The request is not {version, request} JSON");
    }

    private MatchDecision decide(int index, List<BiometricTemplate> probe, List<BiometricTemplate> candidates) {
        var analytics = new LinkedHashMap<String, String>();
        int compared = 0;
        int matched = 0;
        for (var finger : probe) {
            for (var candidate : candidates) {
                if (candidate.subtype() == finger.subtype()) {
                    var score = sdk.match(finger, candidate);
                    analytics.put(finger.subtype().attribute(), String.format(Locale.ROOT, "%.1f", score.score()));
                    compared++;
                    matched += score.matched() ? 1 : 0;
                }
            }
        }
        String decision = compared > 0 && matched == compared ? "MATCHED" : "NOT_MATCHED";
        return new MatchDecision(index, Map.of("FINGER", new Decision(decision, List.of(), analytics)), Map.of());
    }

    private BiometricTemplate template(Segment segment) {
        if (segment.template() != null) {
            return segment.template();
        }
        requireSample(segment);
        return sdk.extractTemplate(segment.sample());
    }

    private static void requireSample(Segment segment) {
        if (segment.sample() == null) {
            throw new BiometricSdkException(Reason.INVALID_INPUT, "A template cannot be quality checked");
        }
    }

    private static Map<String, Object> info(SdkInfo info) {
        var methods = new LinkedHashMap<String, List<String>>();
        info.supportedMethods()
                .forEach((operation, types) -> methods.put(
                        operation.name(),
                        types.stream().map(BiometricType::name).sorted().toList()));
        var supported = info.supportedMethods().values().stream()
                .flatMap(types -> types.stream().map(BiometricType::name))
                .distinct()
                .sorted()
                .toList();
        var body = new LinkedHashMap<String, Object>();
        body.put("apiVersion", info.apiVersion());
        body.put("sdkVersion", info.sdkVersion());
        body.put("organization", info.organization());
        body.put("type", info.type());
        body.put("supportedModalities", supported);
        body.put("supportedMethods", methods);
        return body;
    }

    private Reply handle(Envelope envelope, boolean needsRequest, Function<Operation, Object> action) {
        try {
            return ok(action.apply(operation(envelope, needsRequest)));
        } catch (BiometricSdkException e) {
            return failed(e.reason(), e.getMessage());
        }
    }

    private Operation operation(Envelope envelope, boolean needsRequest) {
        if (envelope.request() == null || envelope.request().isBlank()) {
            if (needsRequest) {
                throw new BiometricSdkException(Reason.MISSING_INPUT, "request is missing");
            }
            return new Operation(null, null, null, null, null, null);
        }
        try {
            byte[] decoded = BioSdkRecords.decode(envelope.request());
            return json.readValue(decoded, Operation.class);
        } catch (JacksonException e) {
            throw new BiometricSdkException(Reason.INVALID_INPUT, "request is not the operation's JSON");
        }
    }

    private Reply ok(Object body) {
        return reply(new SdkResponse(200, "OK", body));
    }

    private Reply failed(Reason reason, @Nullable String message) {
        return reply(new SdkResponse(reason.statusCode(), message, null));
    }

    private Reply reply(SdkResponse response) {
        return new Reply("1.0", MosipEnvelope.UTC_PATTERN.format(clock.instant()), response, List.of());
    }
}
