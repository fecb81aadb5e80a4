package org.openfid.bench.enrolment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Waits until every submitted RID has a final status, asking MOSIP's status search as a registration
 * client does. MOSIP's external status folds a case paused for adjudication into PROCESSING, so when
 * a round brings no news, RIDs still PROCESSING are looked up in our case history (administrator):
 * PAUSED and FAILED count as final there. Gives up after {@code patience} without any progress.
 */
final class StatusWatch {

    static final String SEARCH = "/registrationprocessor/v1/registrationstatus/search";
    static final String HISTORY = "/v1/enrolment/cases/%s/history";
    private static final Set<String> FINAL_EXTERNAL = Set.of("PROCESSED", "REJECTED", "REPROCESS_FAILED");
    private static final Set<String> FINAL_INTERNAL = Set.of("PROCESSED", "REJECTED", "FAILED", "PAUSED");
    private static final int BATCH = 100;

    private final PlatformClient platform;
    private final String account;
    private final String admin;

    StatusWatch(PlatformClient platform, String account, String admin) {
        this.platform = platform;
        this.account = account;
        this.admin = admin;
    }

    /** RID to its final status (internal names; PENDING for those that never got one). */
    Map<String, String> await(List<String> rids, Duration patience) throws InterruptedException {
        Map<String, String> done = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>(rids);
        Instant lastNews = Instant.now();
        long pause = 250;
        while (!pending.isEmpty() && Duration.between(lastNews, Instant.now()).compareTo(patience) < 0) {
            int before = done.size();
            Map<String, String> external = search(pending);
            for (var entry : external.entrySet()) {
                if (FINAL_EXTERNAL.contains(entry.getValue())) {
                    done.put(entry.getKey(), internal(entry.getValue()));
                }
            }
            pending.removeAll(done.keySet());
            if (done.size() == before && !pending.isEmpty()) {
                for (String rid : List.copyOf(pending)) {
                    history(rid)
                            .map(h -> h.path("status").asString())
                            .filter(FINAL_INTERNAL::contains)
                            .ifPresent(status -> done.put(rid, status));
                }
                pending.removeAll(done.keySet());
            }
            if (done.size() > before) {
                lastNews = Instant.now();
                System.out.printf("  %d of %d final%n", done.size(), rids.size());
                pause = 250;
            } else {
                pause = Math.min(3_000, pause * 2);
            }
            if (!pending.isEmpty()) {
                Thread.sleep(pause);
            }
        }
        pending.forEach(rid -> done.put(rid, "PENDING"));
        return done;
    }

    /** Our case history of one RID (status, steps with costs, suspected matches). */
    Optional<JsonNode> history(String rid) {
        return platform.get(HISTORY.formatted(rid), admin);
    }

    private Map<String, String> search(List<String> rids) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (int from = 0; from < rids.size(); from += BATCH) {
            ObjectNode body = PlatformClient.JSON.createObjectNode();
            body.put("id", "mosip.registration.status");
            body.put("version", "1.0");
            body.put("requesttime", Instant.now().toString());
            var request = body.putArray("request");
            rids.subList(from, Math.min(rids.size(), from + BATCH))
                    .forEach(rid -> request.addObject().put("registrationId", rid));
            JsonNode answer = platform.post(SEARCH, account, body.toString(), Map.of());
            for (JsonNode status : answer.path("response")) {
                statuses.put(
                        status.path("registrationId").asString(),
                        status.path("statusCode").asString());
            }
        }
        return statuses;
    }

    private static String internal(String external) {
        return external.equals("REPROCESS_FAILED") ? "FAILED" : external;
    }
}
