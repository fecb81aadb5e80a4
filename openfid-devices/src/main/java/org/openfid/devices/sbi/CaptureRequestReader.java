package org.openfid.devices.sbi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openfid.devices.SbiError;
import org.openfid.devices.capture.CaptureOrder;
import org.openfid.devices.capture.FingerScanner;
import org.openfid.devices.capture.FingerSlot;
import org.openfid.devices.capture.SbiException;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricType;
import tools.jackson.databind.JsonNode;

/**
 * Turns a CAPTURE or RCAPTURE body into one {@link CaptureOrder} per {@code bio} entry, checking
 * each field in a fixed order so that one bad field always gives the same SBI code: JSON shape, spec
 * version, environment, transaction id, timeout, the number of bio entries, then each entry (type,
 * device, purpose, deviceSubId, count, finger names, requested score, previous hash).
 */
final class CaptureRequestReader {

    static final String SPEC_VERSION = "0.9.5";
    static final Set<String> ENVIRONMENTS = Set.of("Staging", "Developer", "Pre-Production", "Production");
    private static final long MAX_TIMEOUT_MILLIS = 120_000;
    private static final int MAX_TRANSACTION_ID = 128;
    /** Ten entries cover a full registration (three slaps) many times over; more is abuse. */
    static final int MAX_BIO_ENTRIES = 10;

    private final String deviceEnv;

    CaptureRequestReader(String deviceEnv) {
        this.deviceEnv = deviceEnv;
    }

    /**
     * One order per {@code bio} entry, in request order; every entry is checked before anything is
     * captured, so one bad entry refuses the whole request.
     */
    List<CaptureOrder> read(boolean auth, String body) {
        var request = Json.parseObject(body);
        if (!SPEC_VERSION.equals(Json.requiredText(request, "specVersion"))) {
            throw new SbiException(SbiError.UNSUPPORTED_SPEC_VERSION);
        }
        var env = Json.requiredText(request, "env");
        if (!ENVIRONMENTS.contains(env) || !env.equals(deviceEnv)) {
            throw new SbiException(SbiError.ENV_MISMATCH);
        }
        var transactionId = transactionId(request, auth);
        var timeout = Json.optionalNumber(request, "timeout", SbiError.INVALID_TIMEOUT)
                .orElseThrow(() -> new SbiException(SbiError.INVALID_TIMEOUT));
        if (timeout.signum() <= 0) {
            throw new SbiException(SbiError.INVALID_TIMEOUT);
        }
        long timeoutMillis =
                Math.max(1, timeout.min(BigDecimal.valueOf(MAX_TIMEOUT_MILLIS)).longValue());
        var domainUri = auth ? Json.optionalText(request, "domainUri").orElse(null) : null;
        var purpose = Json.optionalText(request, "purpose");
        var orders = new ArrayList<CaptureOrder>();
        for (var bio : bioEntries(request)) {
            if (!Set.of("Finger", "FIR").contains(Json.requiredText(bio, "type"))) {
                throw new SbiException(SbiError.UNSUPPORTED_BIO_TYPE);
            }
            var scanner = scanner(bio);
            checkPurpose(auth, scanner, purpose.orElse(scanner.purpose()));
            var fingers = fingers(scanner, bio, auth);
            var requestedScore = requestedScore(bio);
            var previousHash = Json.optionalText(bio, "previousHash").orElse("");
            orders.add(new CaptureOrder(
                    auth,
                    scanner,
                    env,
                    transactionId,
                    domainUri,
                    timeoutMillis,
                    requestedScore,
                    previousHash,
                    fingers));
        }
        return List.copyOf(orders);
    }

    /** The transaction id; RCAPTURE of the SBI drafts before 0.9.5 called it {@code registrationId}. */
    private static String transactionId(JsonNode request, boolean auth) {
        var node = request.has("transactionId") || auth ? request.get("transactionId") : request.get("registrationId");
        if (node == null || !node.isString()) {
            throw new SbiException(SbiError.INVALID_TRANSACTION_ID);
        }
        var id = node.stringValue();
        if (id.isEmpty() || id.length() > MAX_TRANSACTION_ID || !id.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new SbiException(SbiError.INVALID_TRANSACTION_ID);
        }
        return id;
    }

    /**
     * The {@code bio} entries: SBI 0.9.5 makes {@code bio} an array without a size limit, so several
     * are served (each answered in {@code biometrics}), up to {@link #MAX_BIO_ENTRIES}.
     */
    private static List<JsonNode> bioEntries(JsonNode request) {
        var bio = request.get("bio");
        if (bio == null || !bio.isArray()) {
            throw new SbiException(SbiError.MALFORMED_REQUEST);
        }
        if (bio.isEmpty() || bio.size() > MAX_BIO_ENTRIES) {
            throw new SbiException(SbiError.BIO_ENTRY_COUNT);
        }
        var entries = new ArrayList<JsonNode>();
        for (var entry : bio) {
            if (!entry.isObject()) {
                throw new SbiException(SbiError.MALFORMED_REQUEST);
            }
            entries.add(entry);
        }
        return entries;
    }

    private static FingerScanner scanner(JsonNode bio) {
        var node = bio.get("deviceId");
        if (node == null || !(node.isString() || node.isIntegralNumber())) {
            throw new SbiException(SbiError.DEVICE_NOT_FOUND);
        }
        var id = node.isString() ? node.stringValue().trim() : node.asString();
        return FingerScanner.ofDeviceId(id).orElseThrow(() -> new SbiException(SbiError.DEVICE_NOT_FOUND));
    }

    private static void checkPurpose(boolean auth, FingerScanner scanner, String requestPurpose) {
        var expected = auth ? "Auth" : "Registration";
        if (!scanner.purpose().equals(expected) || !requestPurpose.equals(expected)) {
            throw new SbiException(SbiError.PURPOSE_MISMATCH);
        }
    }

    private static List<FingerSlot> fingers(FingerScanner scanner, JsonNode bio, boolean auth) {
        int subId = Json.requiredInt(bio, "deviceSubId", 0, 9, SbiError.WRONG_DEVICE_SUB_ID);
        var segment = scanner.segment(subId).orElseThrow(() -> new SbiException(SbiError.WRONG_DEVICE_SUB_ID));
        int count = Json.requiredInt(bio, "count", 1, 10, SbiError.COUNT_UNSUPPORTED);
        var named = fingerNames(bio, "bioSubType", true);
        if (scanner.single()) {
            if (count != 1 || named.size() > 1) {
                throw new SbiException(SbiError.COUNT_UNSUPPORTED);
            }
            var finger = named.isEmpty() ? BiometricSubtype.UNKNOWN_FINGER : named.getFirst();
            return finger == BiometricSubtype.UNKNOWN_FINGER
                    ? List.of(new FingerSlot(BiometricSubtype.RIGHT_INDEX, finger))
                    : List.of(new FingerSlot(finger, finger));
        }
        if (count > segment.size()) {
            throw new SbiException(SbiError.COUNT_UNSUPPORTED);
        }
        var excepted = auth ? List.<BiometricSubtype>of() : fingerNames(bio, "exception", false);
        var wanted =
                named.stream().filter(f -> f != BiometricSubtype.UNKNOWN_FINGER).toList();
        if (!segment.containsAll(excepted) || !segment.containsAll(wanted)) {
            throw new SbiException(SbiError.INVALID_BIO_SUB_TYPE);
        }
        var slots = new ArrayList<FingerSlot>();
        for (var finger : segment) {
            if (!excepted.contains(finger) && (wanted.isEmpty() || wanted.contains(finger)) && slots.size() < count) {
                slots.add(new FingerSlot(finger, finger));
            }
        }
        if (slots.isEmpty()) {
            throw new SbiException(SbiError.COUNT_UNSUPPORTED);
        }
        return slots;
    }

    /** Finger names of an optional array field; 506 for a name that is not a finger. */
    private static List<BiometricSubtype> fingerNames(JsonNode bio, String field, boolean unknownAllowed) {
        var node = bio.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new SbiException(SbiError.MALFORMED_REQUEST);
        }
        var names = new LinkedHashSet<BiometricSubtype>();
        for (var item : node) {
            if (!item.isString()) {
                throw new SbiException(SbiError.INVALID_BIO_SUB_TYPE);
            }
            var finger = BiometricSubtype.ofCbeffName(BiometricType.FINGER, item.stringValue())
                    .filter(f -> unknownAllowed || f != BiometricSubtype.UNKNOWN_FINGER)
                    .orElseThrow(() -> new SbiException(SbiError.INVALID_BIO_SUB_TYPE));
            names.add(finger);
        }
        return List.copyOf(names);
    }

    private static int requestedScore(JsonNode bio) {
        var score = Json.optionalNumber(bio, "requestedScore", SbiError.INVALID_REQUESTED_SCORE)
                .orElseThrow(() -> new SbiException(SbiError.INVALID_REQUESTED_SCORE));
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new SbiException(SbiError.INVALID_REQUESTED_SCORE);
        }
        return score.setScale(0, RoundingMode.CEILING).intValue();
    }
}
