package org.openfid.biometrics.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openfid.biometrics.BiometricsProperties;
import org.openfid.biometrics.web.AbisMessages.AbisRequest;
import org.openfid.biometrics.web.AbisMessages.AbisResponse;
import org.openfid.biometrics.web.AbisMessages.CandidateEntry;
import org.openfid.biometrics.web.AbisMessages.CandidateList;
import org.openfid.biometrics.web.AbisMessages.GalleryEntry;
import org.openfid.biometrics.web.AbisMessages.Modality;
import org.openfid.platform.MosipEnvelope;
import org.openfid.spi.abis.Abis;
import org.openfid.spi.abis.AbisException;
import org.openfid.spi.abis.AbisFailure;
import org.openfid.spi.abis.Candidate;
import org.openfid.spi.abis.Identification;
import org.openfid.spi.abis.IdentifyRequest;
import org.openfid.spi.abis.ReferenceId;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * MOSIP's ABIS operations over HTTP. Every answer is HTTP 200 with MOSIP's {@code returnValue} ("1"
 * success, "2" failure) and numbered {@code failureReason}, as the ABIS messages MOSIP's registration
 * processor reads; only authentication failures use HTTP statuses.
 *
 * <p>Since there is no datashare, {@code insert} (and {@code identify} of a probe not in the gallery)
 * carries the CBEFF XML inline in {@code biometrics} (base64url). A request naming only a {@code
 * referenceURL} fails with reason 7 (cannot fetch), one with neither with reason 8.
 */
@RestController
@RequestMapping("/v1/abis")
class AbisController {

    static final String VERSION = "1.1";
    private static final Logger LOG = LoggerFactory.getLogger(AbisController.class);

    private final Abis abis;
    private final CbeffSamples cbeff;
    private final BiometricsProperties properties;
    private final Clock clock;

    AbisController(Abis abis, CbeffSamples cbeff, BiometricsProperties properties, Clock clock) {
        this.abis = abis;
        this.cbeff = cbeff;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/insert")
    AbisResponse insert(@RequestBody AbisRequest request) {
        return handle("mosip.abis.insert", request, r -> {
            var referenceId = referenceId(r.referenceId());
            abis.insert(referenceId, inlineBiometrics(r));
            return success(r, null, null, null);
        });
    }

    @PostMapping("/identify")
    AbisResponse identify(@RequestBody AbisRequest request) {
        return handle("mosip.abis.identify", request, r -> {
            var options =
                    new IdentifyRequest(gallery(r), flag(r, "maxResults", properties.maxResults()), targetFpir(r));
            Identification result = r.biometrics() != null || r.referenceId() == null
                    ? abis.identify(inlineBiometrics(r), options)
                    : abis.identify(referenceId(r.referenceId()), options);
            return success(r, candidates(result), null, null);
        });
    }

    @PostMapping("/delete")
    AbisResponse delete(@RequestBody AbisRequest request) {
        return handle("mosip.abis.delete", request, r -> {
            abis.delete(referenceId(r.referenceId()));
            return success(r, null, null, null);
        });
    }

    @PostMapping("/referencecount")
    AbisResponse referenceCount(@RequestBody AbisRequest request) {
        return handle(
                "mosip.abis.referenceCount",
                request,
                r -> success(r, null, Long.toString(abis.referenceCount()), null));
    }

    @PostMapping("/pendingjobs")
    AbisResponse pendingJobs(@RequestBody AbisRequest request) {
        return handle(
                "mosip.abis.pendingJobs", request, r -> success(r, null, null, Long.toString(abis.pendingJobs())));
    }

    @PostMapping("/ping")
    AbisResponse ping(@RequestBody AbisRequest request) {
        return handle("mosip.abis.ping", request, r -> {
            if (!abis.ping()) {
                throw new AbisException(AbisFailure.INTERNAL_ERROR, "The ABIS is not ready");
            }
            return success(r, null, null, null);
        });
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    AbisResponse unreadable(HttpMessageNotReadableException failure) {
        return failure("mosip.abis", null, AbisFailure.INVALID_REQUEST_STRUCTURE);
    }

    private AbisResponse handle(String operation, AbisRequest request, Function<AbisRequest, AbisResponse> action) {
        try {
            checkEnvelope(operation, request);
            return action.apply(request);
        } catch (AbisException e) {
            return failure(operation, request.requestId(), e.failure());
        } catch (RuntimeException e) {
            LOG.error("ABIS request {} failed: {}", operation, e.getClass().getSimpleName());
            return failure(operation, request.requestId(), AbisFailure.UNEXPECTED_ERROR);
        }
    }

    private static void checkEnvelope(String operation, AbisRequest request) {
        if (!operation.equals(request.id())) {
            throw new AbisException(AbisFailure.INVALID_ID, "id must be " + operation);
        }
        if (!VERSION.equals(request.version())) {
            throw new AbisException(AbisFailure.INVALID_VERSION, "version must be " + VERSION);
        }
        if (request.requestId() == null || request.requestId().isBlank()) {
            throw new AbisException(AbisFailure.MISSING_REQUEST_ID, "requestId is missing");
        }
        if (request.requesttime() == null || request.requesttime().isBlank()) {
            throw new AbisException(AbisFailure.MISSING_REQUEST_TIME, "requesttime is missing");
        }
        try {
            Instant.parse(request.requesttime());
        } catch (DateTimeException e) {
            throw new AbisException(AbisFailure.INVALID_REQUEST_TIME, "requesttime is not an ISO-8601 UTC time");
        }
    }

    private static ReferenceId referenceId(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new AbisException(AbisFailure.MISSING_REFERENCE_ID, "referenceId is missing");
        }
        return new ReferenceId(value);
    }

    private List<BiometricSample> inlineBiometrics(AbisRequest request) {
        if (request.biometrics() == null) {
            if (request.referenceURL() == null || request.referenceURL().isBlank()) {
                throw new AbisException(AbisFailure.MISSING_REFERENCE_URL, "No biometrics and no referenceURL");
            }
            throw new AbisException(
                    AbisFailure.UNABLE_TO_FETCH_BIOMETRICS,
                    "This ABIS fetches nothing: send the CBEFF inline in biometrics");
        }
        return cbeff.read(request.biometrics());
    }

    private static @Nullable Set<ReferenceId> gallery(AbisRequest request) {
        if (request.gallery() == null || request.gallery().referenceIds() == null) {
            return null;
        }
        var entries = request.gallery().referenceIds();
        if (entries.isEmpty()) {
            return null;
        }
        try {
            return entries.stream()
                    .map(GalleryEntry::referenceId)
                    .map(id -> new ReferenceId(String.valueOf(id)))
                    .collect(Collectors.toSet());
        } catch (AbisException e) {
            throw new AbisException(AbisFailure.INVALID_REQUEST_STRUCTURE, "gallery holds an invalid referenceId");
        }
    }

    private static @Nullable Integer targetFpir(AbisRequest request) {
        if (request.flags() == null || request.flags().get("targetFPIR") == null) {
            return null;
        }
        return flag(request, "targetFPIR", 0);
    }

    private static int flag(AbisRequest request, String name, int fallback) {
        Object value = request.flags() == null ? null : request.flags().get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = value instanceof Number number
                    ? number.intValue()
                    : Integer.parseInt(value.toString().trim());
            if (parsed < 1) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new AbisException(
                    AbisFailure.INVALID_REQUEST_STRUCTURE, "flags." + name + " must be a positive number");
        }
    }

    private static CandidateList candidates(Identification result) {
        var entries =
                result.candidates().stream().map(AbisController::candidate).toList();
        return new CandidateList(
                Integer.toString(entries.size()),
                entries,
                Map.of(
                        "compared",
                        Long.toString(result.compared()),
                        "gallerySize",
                        Long.toString(result.gallerySize())));
    }

    private static CandidateEntry candidate(Candidate candidate) {
        Map<String, String> fingers = new LinkedHashMap<>();
        fingers.put("internalScore", score(candidate.score()));
        candidate.scores().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> fingers.put(entry.getKey().attribute(), score(entry.getValue())));
        return new CandidateEntry(
                candidate.referenceId().value(),
                Map.of("internalScore", score(candidate.score())),
                List.of(new Modality(BiometricType.FINGER.abisCode(), fingers)));
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private AbisResponse success(
            AbisRequest request, @Nullable CandidateList candidates, @Nullable String count, @Nullable String jobs) {
        return new AbisResponse(
                String.valueOf(request.id()), request.requestId(), now(), "1", null, candidates, count, jobs);
    }

    private AbisResponse failure(String operation, @Nullable String requestId, AbisFailure reason) {
        return new AbisResponse(operation, requestId, now(), "2", Integer.toString(reason.code()), null, null, null);
    }

    private String now() {
        return MosipEnvelope.UTC_PATTERN.format(clock.instant());
    }
}
