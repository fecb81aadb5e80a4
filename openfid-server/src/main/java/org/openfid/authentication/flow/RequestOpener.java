package org.openfid.authentication.flow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openfid.authentication.AuthenticationProperties;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.IdaRefusal;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.IdType;
import org.openfid.identity.IndividualId;
import org.openfid.keys.Envelopes;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.keys.Signatures;
import org.openfid.partner.AuthorisedPartner;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens a partner's request the way MOSIP IDA does: the {@code signature} header must be a JWS over
 * the exact body by the partner's registered certificate (or its MISP's); the session key, unwrapped
 * once with the IDA key the {@code thumbprint} names, decrypts {@code request} and {@code
 * requestHMAC}, and the HMAC must equal the SHA-256 of the decrypted request; then the plain fields
 * are validated, all at once, so a partner sees every mistake in one answer.
 */
@Component
public class RequestOpener {

    /** The key partners encrypt requests to (MOSIP's IDA partner key, K20). */
    public static final KeyRef PARTNER_KEY = KeyRef.of("IDA", "PARTNER");

    /** The key the platform's own modules encrypt internal requests to (MOSIP's IDA internal key, K19). */
    public static final KeyRef INTERNAL_KEY = KeyRef.of("IDA", "INTERNAL");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TRANSACTION_ID = Pattern.compile("[A-Za-z0-9]{10}");
    private static final Base64.Decoder URL = Base64.getUrlDecoder();

    private final Signatures signatures;
    private final Envelopes envelopes;
    private final IdNumbers numbers;
    private final AuthenticationProperties properties;
    private final Clock clock;

    RequestOpener(
            Signatures signatures,
            Envelopes envelopes,
            IdNumbers numbers,
            AuthenticationProperties properties,
            Clock clock) {
        this.signatures = signatures;
        this.envelopes = envelopes;
        this.numbers = numbers;
        this.properties = properties;
        this.clock = clock;
    }

    /** Parses the body; a body that is not a JSON object is refused. */
    public JsonNode parse(byte[] body) {
        try {
            JsonNode outer = JSON.readTree(body);
            if (outer == null || !outer.isObject()) {
                throw new IdaRefusal(IdaError.invalid("request body"));
            }
            return outer;
        } catch (JacksonException e) {
            throw new IdaRefusal(IdaError.invalid("request body"));
        }
    }

    /** Checks the {@code signature} header against the partner's registered certificate. */
    public void verifySignature(@Nullable String signature, byte[] body, AuthorisedPartner partner) {
        if (signature == null || signature.isBlank()) {
            throw new IdaRefusal(IdaError.signatureFailed("signature header"));
        }
        try {
            signatures.verify(signature, body, der -> registeredSigner(der, partner));
        } catch (KeysException e) {
            throw new IdaRefusal(IdaError.signatureFailed(
                    e.error() == KeysError.SIGNATURE_INVALID ? "request" : "signature header"));
        }
    }

    /** The registered certificate the header's certificate must be, in MOSIP's order of refusals. */
    private static X509Certificate registeredSigner(byte @Nullable [] der, AuthorisedPartner partner) {
        if (der == null) {
            throw new IdaRefusal(IdaError.certificateNotInHeader());
        }
        X509Certificate own = partner.certificate();
        if (own == null) {
            throw new IdaRefusal(IdaError.certificateNotRegistered());
        }
        X509Certificate presented = registered(der, own, partner.mispCertificate());
        if (presented == null) {
            requireCertificate(der);
            throw new IdaRefusal(IdaError.certificateMismatch());
        }
        return presented;
    }

    /**
     * Decrypts and validates an auth or e-KYC request.
     *
     * @param kind AUTH or KYC
     * @param expectedId the request {@code id} the endpoint takes, for example {@code mosip.identity.auth}
     */
    public OpenedRequest open(String kind, String expectedId, JsonNode outer, KeyRef key) {
        JsonNode inner = decrypt(outer, key);
        List<IdaError> errors = new ArrayList<>();
        common(outer, expectedId, errors);
        if (!outer.path("consentObtained").asBoolean(false)) {
            errors.add(IdaError.consentMissing());
        }
        Instant requestTime = requestTime(outer.path("requestTime"), errors);
        String timestamp = inner.path("timestamp").asString("");
        if (timestamp.isEmpty()) {
            errors.add(IdaError.missing("request/timestamp"));
        } else {
            requestTime(inner.path("timestamp"), errors);
        }
        IndividualId individual = individual(outer, errors);
        if (!errors.isEmpty()) {
            throw new IdaRefusal(errors);
        }
        return new OpenedRequest(kind, outer, inner, outer.path("transactionID").asString(), requestTime, individual);
    }

    /** Validates an OTP request, which is signed but not encrypted. */
    public OpenedRequest openOtpRequest(JsonNode outer, String expectedId) {
        List<IdaError> errors = new ArrayList<>();
        common(outer, expectedId, errors);
        Instant requestTime = requestTime(outer.path("requestTime"), errors);
        IndividualId individual = individual(outer, errors);
        if (!errors.isEmpty()) {
            throw new IdaRefusal(errors);
        }
        return new OpenedRequest(
                "OTP",
                outer,
                JSON.createObjectNode(),
                outer.path("transactionID").asString(),
                requestTime,
                individual);
    }

    private JsonNode decrypt(JsonNode outer, KeyRef key) {
        byte[] thumbprint = thumbprint(outer.path("thumbprint").asString(""));
        byte[] wrapped = decoded(outer, "requestSessionKey");
        byte[] request = decoded(outer, "request");
        byte[] hmac = decoded(outer, "requestHMAC");
        byte[] plain;
        try {
            Envelopes.Session session = envelopes.unwrap(key, thumbprint, wrapped);
            plain = session.decrypt(request);
            byte[] expected = HexFormat.of()
                    .withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(plain))
                    .getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(expected, session.decrypt(hmac))) {
                throw new IdaRefusal(IdaError.hmacFailed());
            }
        } catch (KeysException e) {
            throw new IdaRefusal(IdaError.cannotDecrypt());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
        try {
            JsonNode inner = JSON.readTree(plain);
            if (inner == null || !inner.isObject()) {
                throw new IdaRefusal(IdaError.invalid("request"));
            }
            return inner;
        } catch (JacksonException e) {
            throw new IdaRefusal(IdaError.invalid("request"));
        }
    }

    private void common(JsonNode outer, String expectedId, List<IdaError> errors) {
        String id = outer.path("id").asString("");
        if (id.isEmpty()) {
            errors.add(IdaError.missing("id"));
        } else if (!id.equals(expectedId)) {
            errors.add(IdaError.invalid("id"));
        }
        if (outer.path("version").asString("").isEmpty()) {
            errors.add(IdaError.missing("version"));
        }
        String transactionId = outer.path("transactionID").asString("");
        if (transactionId.isEmpty()) {
            errors.add(IdaError.missing("transactionID"));
        } else if (!TRANSACTION_ID.matcher(transactionId).matches()) {
            errors.add(IdaError.invalid("transactionID"));
        }
    }

    private @Nullable Instant requestTime(JsonNode field, List<IdaError> errors) {
        String value = field.asString("");
        if (value.isEmpty()) {
            errors.add(IdaError.missing("requestTime"));
            return null;
        }
        Instant time;
        try {
            time = Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(IdaError.invalid("requestTime"));
            return null;
        }
        Instant now = clock.instant();
        if (time.isAfter(now.plus(properties.clockSkew()))
                || time.isBefore(now.minus(properties.requestTimeAllowed()).minus(properties.clockSkew()))) {
            errors.add(IdaError.invalidTimestamp(properties.requestTimeAllowed().toSeconds()));
        }
        return time;
    }

    private @Nullable IndividualId individual(JsonNode outer, List<IdaError> errors) {
        String type = outer.path("individualIdType").asString("");
        String value = outer.path("individualId").asString("");
        if (type.isEmpty()) {
            errors.add(IdaError.missing("individualIdType"));
        }
        if (value.isEmpty()) {
            errors.add(IdaError.missing("individualId"));
        }
        if (type.isEmpty() || value.isEmpty()) {
            return null;
        }
        if (!type.equals("UIN") && !type.equals("VID")) {
            errors.add(IdaError.idTypeNotAllowed(type.length() > 16 ? type.substring(0, 16) : type));
            return null;
        }
        if (type.equals("UIN") && (!value.chars().allMatch(Character::isDigit) || !numbers.isValidUin(value))) {
            errors.add(IdaError.invalidUin());
            return null;
        }
        if (type.equals("VID") && (!value.chars().allMatch(Character::isDigit) || !numbers.isValidVid(value))) {
            errors.add(IdaError.invalidVid());
            return null;
        }
        return new IndividualId(IdType.valueOf(type), value);
    }

    /**
     * The registered certificate (the partner's or its MISP's) whose encoding the header carries, or
     * null. Comparing encodings spares parsing the same certificate on every request.
     */
    private static @Nullable X509Certificate registered(
            byte[] der, X509Certificate partner, @Nullable X509Certificate misp) {
        try {
            if (java.util.Arrays.equals(der, partner.getEncoded())) {
                return partner;
            }
            return misp != null && java.util.Arrays.equals(der, misp.getEncoded()) ? misp : null;
        } catch (java.security.cert.CertificateEncodingException e) {
            return null;
        }
    }

    /** Refuses a header certificate that is not even a certificate (rather than a mismatch). */
    private static void requireCertificate(byte[] der) {
        try {
            java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(der));
        } catch (java.security.cert.CertificateException e) {
            throw new IdaRefusal(IdaError.signatureFailed("signature header"));
        }
    }

    private static byte[] thumbprint(String value) {
        if (value.isEmpty()) {
            throw new IdaRefusal(IdaError.missing("thumbprint"));
        }
        try {
            byte[] bytes = value.length() == 64 && value.matches("[0-9A-Fa-f]+")
                    ? HexFormat.of().parseHex(value)
                    : URL.decode(value);
            if (bytes.length != 32) {
                throw new IdaRefusal(IdaError.invalid("thumbprint"));
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new IdaRefusal(IdaError.invalid("thumbprint"));
        }
    }

    private static byte[] decoded(JsonNode outer, String field) {
        String value = outer.path(field).asString("");
        if (value.isEmpty()) {
            throw new IdaRefusal(IdaError.missing(field));
        }
        try {
            byte[] bytes = URL.decode(value.replace('+', '-').replace('/', '_').replace("=", ""));
            return bytes.length == 0 ? Arrays.copyOf(bytes, 0) : bytes;
        } catch (IllegalArgumentException e) {
            throw new IdaRefusal(IdaError.invalid(field));
        }
    }
}
