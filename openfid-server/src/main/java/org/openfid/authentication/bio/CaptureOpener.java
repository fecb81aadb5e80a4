package org.openfid.authentication.bio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.openfid.authentication.AuthenticationProperties;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.IdaRefusal;
import org.openfid.keys.Envelopes;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeysException;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricType;
import org.openfid.spi.biometrics.SampleFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Opens the {@code biometrics} of a decrypted request in MOSIP IDA's order: each entry's device
 * signature and digital id (see {@link DeviceSignatures}), its consistency with the request (purpose
 * {@code Auth}, the same transaction id, domain and environment), the biometric decrypted with the
 * IDA biometric key ({@code IDA/FIR}: the session key the device wrapped, AES-GCM with the IV and AAD
 * the SBI specification derives from {@code timestamp XOR transactionId}), the hash chain over all
 * entries, then the counts and capture times over the whole list. Any failure refuses the request;
 * nothing is matched before every entry checked out.
 */
@Component
public class CaptureOpener {

    /** The key devices encrypt authentication captures to (MOSIP's {@code IDA-FIR}, K21). */
    public static final KeyRef BIO_KEY = KeyRef.of("IDA", "FIR");

    /** Ten fingers, two irises and a face: more entries are refused before any decryption. */
    private static final int MAX_ENTRIES = 13;

    private static final Base64.Decoder URL = Base64.getUrlDecoder();

    private final DeviceSignatures devices;
    private final Envelopes envelopes;
    private final AuthenticationProperties properties;
    private final Clock clock;

    CaptureOpener(DeviceSignatures devices, Envelopes envelopes, AuthenticationProperties properties, Clock clock) {
        this.devices = devices;
        this.envelopes = envelopes;
        this.properties = properties;
        this.clock = clock;
    }

    /** The request's captures, verified and decrypted; empty when it has no biometrics. */
    public List<Capture> open(String transactionId, Instant requestTime, JsonNode outer, JsonNode inner) {
        JsonNode list = inner.path("biometrics");
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray() || list.size() > MAX_ENTRIES) {
            throw new IdaRefusal(IdaError.invalid("request/biometrics"));
        }
        byte[] previous = sha256(new byte[0]);
        List<Capture> captures = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            var entry = new Entry(list.get(i), "request/biometrics/" + i);
            Capture capture = open(entry, transactionId, outer);
            previous = chained(entry, previous, capture.record());
            captures.add(capture);
        }
        counted(captures);
        timed(captures, requestTime);
        return List.copyOf(captures);
    }

    private Capture open(Entry entry, String transactionId, JsonNode outer) {
        JsonNode data = devices.captureData(entry.text("data"));
        BiometricType type = type(data, entry);
        JsonNode digitalId = devices.digitalId(entry.field(data, "digitalId"));
        if (!type.cbeffName().equalsIgnoreCase(digitalId.path("type").asString(""))) {
            throw new IdaRefusal(IdaError.deviceTypeMismatch());
        }
        if (!"Auth".equalsIgnoreCase(data.path("purpose").asString(""))) {
            throw new IdaRefusal(IdaError.invalid(entry.path() + "/data/purpose"));
        }
        if (!transactionId.equals(data.path("transactionId").asString(""))) {
            throw new IdaRefusal(IdaError.biometricTransactionMismatch());
        }
        for (String field : List.of("domainUri", "env")) {
            if (!Objects.equals(outer.path(field).asString(""), data.path(field).asString(""))) {
                throw new IdaRefusal(IdaError.biometricInputMismatch(field));
            }
        }
        BiometricSubtype subtype = subtype(data, entry);
        Instant timestamp = time(entry.field(data, "timestamp"), entry.path() + "/data/timestamp");
        Instant digitalIdTime = time(digitalId.path("dateTime").asString(""), entry.path() + "/data/digitalId");
        byte[] record = decrypt(entry, data, transactionId);
        return new Capture(type, subtype, format(record), record, timestamp, digitalIdTime);
    }

    /** Finger captures only: the platform's SDK has no iris or face algorithm (ADR 0026). */
    private static BiometricType type(JsonNode data, Entry entry) {
        String name = entry.field(data, "bioType");
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "FINGER", "FIR" -> BiometricType.FINGER;
            case "IRIS", "IIR" -> throw new IdaRefusal(IdaError.unsupportedAuthType("bio-Iris"));
            case "FACE", "FID" -> throw new IdaRefusal(IdaError.unsupportedAuthType("bio-Face"));
            default -> throw new IdaRefusal(IdaError.invalid(entry.path() + "/data/bioType"));
        };
    }

    private static BiometricSubtype subtype(JsonNode data, Entry entry) {
        return BiometricSubtype.ofCbeffName(BiometricType.FINGER, entry.field(data, "bioSubType"))
                .orElseThrow(() -> new IdaRefusal(IdaError.invalid(entry.path() + "/data/bioSubType")));
    }

    private byte[] decrypt(Entry entry, JsonNode data, String transactionId) {
        byte[] thumbprint = thumbprint(entry);
        byte[] wrapped = entry.decoded(entry.text("sessionKey"), "sessionKey");
        byte[] ciphertext = entry.decoded(entry.field(data, "bioValue"), "data/bioValue");
        byte[] derived = xor(data.path("timestamp").asString(""), transactionId);
        try {
            return envelopes
                    .unwrap(BIO_KEY, thumbprint, wrapped)
                    .decrypt(ciphertext, last(derived, 12), last(derived, 16));
        } catch (KeysException e) {
            throw new IdaRefusal(IdaError.invalidBiometric());
        }
    }

    private static byte[] thumbprint(Entry entry) {
        String value = entry.text("thumbprint");
        try {
            byte[] bytes = value.length() == 64 ? HexFormat.of().parseHex(value) : URL.decode(value);
            if (bytes.length == 32) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new IdaRefusal(IdaError.invalid(entry.path() + "/thumbprint"));
    }

    /** The ISO record's format from its magic: finger image ({@code FIR}) or minutiae ({@code FMR}). */
    private static SampleFormat format(byte[] record) {
        if (record.length > 4 && record[3] == 0) {
            String magic = new String(record, 0, 3, StandardCharsets.US_ASCII);
            if (magic.equals("FIR")) {
                return SampleFormat.ISO_19794_4_2011;
            }
            if (magic.equals("FMR")) {
                return SampleFormat.ISO_19794_2_2005;
            }
        }
        throw new IdaRefusal(IdaError.invalidBiometric());
    }

    /** The SBI hash chain: {@code SHA-256(previous || SHA-256(record))}, compared as hex. */
    private static byte[] chained(Entry entry, byte[] previous, byte[] record) {
        byte[] current = sha256(concat(previous, sha256(record)));
        if (!HexFormat.of().formatHex(current).equalsIgnoreCase(entry.text("hash"))) {
            throw new IdaRefusal(IdaError.biometricHashFailed());
        }
        return current;
    }

    private void counted(List<Capture> captures) {
        Set<BiometricSubtype> named = EnumSet.noneOf(BiometricSubtype.class);
        for (Capture capture : captures) {
            if (capture.subtype() != BiometricSubtype.UNKNOWN_FINGER && !named.add(capture.subtype())) {
                throw new IdaRefusal(IdaError.duplicateFingers());
            }
        }
        if (captures.size() > properties.bio().maxFingers()) {
            throw new IdaRefusal(IdaError.tooManyFingers(properties.bio().maxFingers()));
        }
    }

    /**
     * Each capture taken before the request (within the allowed age) and not in the future; consecutive
     * captures and their digital ids within the segment time of each other ({@code IDA-MLC-030/031}).
     */
    private void timed(List<Capture> captures, Instant requestTime) {
        var bio = properties.bio();
        Instant latest = clock.instant().plus(properties.clockSkew());
        Instant earliest = requestTime.minus(bio.captureAge());
        long segment = bio.segmentTimeDifference().toSeconds();
        for (int i = 0; i < captures.size(); i++) {
            Capture capture = captures.get(i);
            if (capture.timestamp().isAfter(latest) || capture.timestamp().isBefore(earliest)) {
                throw new IdaRefusal(IdaError.invalid("request/biometrics/" + i + "/data/timestamp"));
            }
            if (i == 0) {
                continue;
            }
            Capture previous = captures.get(i - 1);
            if (apart(previous.timestamp(), capture.timestamp()) > segment) {
                throw new IdaRefusal(IdaError.biometricSegmentTime(segment));
            }
            if (apart(previous.digitalIdTime(), capture.digitalIdTime()) > segment) {
                throw new IdaRefusal(IdaError.digitalIdSegmentTime(segment));
            }
        }
    }

    private static long apart(Instant a, Instant b) {
        return Math.abs(Duration.between(a, b).toSeconds());
    }

    private static Instant time(String value, String path) {
        try {
            return value.endsWith("Z")
                    ? Instant.parse(value)
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IdaRefusal(IdaError.invalid(path));
        }
    }

    /** {@code timestamp XOR transactionId} over UTF-8 bytes, the shorter one left-padded with zeros. */
    static byte[] xor(String timestamp, String transactionId) {
        byte[] a = timestamp.getBytes(StandardCharsets.UTF_8);
        byte[] b = transactionId.getBytes(StandardCharsets.UTF_8);
        int length = Math.max(a.length, b.length);
        byte[] result = new byte[length];
        for (int i = 0; i < length; i++) {
            int ai = i - (length - a.length);
            int bi = i - (length - b.length);
            result[i] = (byte) ((ai >= 0 ? a[ai] : 0) ^ (bi >= 0 ? b[bi] : 0));
        }
        return result;
    }

    /** The last {@code n} bytes, left-padded with zeros when shorter. */
    static byte[] last(byte[] bytes, int n) {
        if (bytes.length >= n) {
            return Arrays.copyOfRange(bytes, bytes.length - n, bytes.length);
        }
        byte[] padded = new byte[n];
        System.arraycopy(bytes, 0, padded, n - bytes.length, bytes.length);
        return padded;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    /** One entry of the list and its path in errors. */
    private record Entry(JsonNode node, String path) {

        String text(String field) {
            return field(node, field, path + "/" + field);
        }

        String field(JsonNode object, String field) {
            return field(object, field, path + "/data/" + field);
        }

        byte[] decoded(String value, String name) {
            try {
                return URL.decode(value.replace('+', '-').replace('/', '_').replace("=", ""));
            } catch (IllegalArgumentException e) {
                throw new IdaRefusal(IdaError.invalid(path + "/" + name));
            }
        }

        private static String field(JsonNode object, String field, String fullPath) {
            JsonNode value = object.path(field);
            if (!value.isString() || value.asString().isBlank()) {
                throw new IdaRefusal(IdaError.missing(fullPath));
            }
            return value.asString();
        }
    }
}
