package org.openfid.biometrics.web;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * MOSIP's ABIS 0.9 messages. MOSIP sends them over a queue; here they travel as HTTP bodies, with one
 * addition: {@code biometrics}, the CBEFF XML itself (base64url), because there is no datashare to
 * fetch a {@code referenceURL} from. Field names follow MOSIP's registration processor ({@code
 * version}, {@code referenceURL}), with the spelling of the published specification ({@code ver},
 * {@code referenceUrl}) accepted too.
 */
final class AbisMessages {

    private AbisMessages() {}

    /** Any ABIS request; each operation reads the fields it needs. */
    record AbisRequest(
            @Nullable String id,
            @JsonAlias("ver") @Nullable String version,
            @Nullable String requestId,
            @Nullable String requesttime,
            @Nullable String referenceId,
            @JsonAlias("referenceUrl") @Nullable String referenceURL,
            @Nullable String biometrics,
            @Nullable Gallery gallery,
            @Nullable Map<String, Object> flags) {}

    /** The subset of the gallery an identify searches. */
    record Gallery(@Nullable List<GalleryEntry> referenceIds) {}

    record GalleryEntry(@Nullable String referenceId) {}

    /**
     * Any ABIS response: {@code returnValue} "1" success or "2" failure with a {@code failureReason}
     * (1-18); identify adds {@code candidateList}, referenceCount {@code count}, pendingJobs {@code
     * jobscount}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AbisResponse(
            String id,
            @Nullable String requestId,
            String responsetime,
            String returnValue,
            @Nullable String failureReason,
            @Nullable CandidateList candidateList,
            @Nullable String count,
            @Nullable String jobscount) {}

    /** The candidates of an identify, best first; {@code count} is a string as in MOSIP. */
    record CandidateList(String count, List<CandidateEntry> candidates, Map<String, String> analytics) {}

    record CandidateEntry(String referenceId, Map<String, String> analytics, List<Modality> modalities) {}

    record Modality(String biometricType, Map<String, String> analytics) {}
}
