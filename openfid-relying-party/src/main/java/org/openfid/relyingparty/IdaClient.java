package org.openfid.relyingparty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A relying party's client of the platform's MOSIP IDA-compatible API. Thread-safe; one instance per
 * partner identity. Every answer's {@code response-signature} is verified with the platform's signing
 * certificate, and the high-level methods refuse an answer that does not verify.
 *
 * <pre>{@code
 * IdaClient client = IdaClient.builder()
 *         .baseUri(URI.create("https://id.example.gov/"))
 *         .mispLicenseKey(licence).partnerId("bank-one").apiKey(apiKey)
 *         .partnerKey(privateKey, certificate)
 *         .idaCertificate(idaCertificate).platformSigningCertificate(signingCertificate)
 *         .build();
 * AuthResult result = client.auth(IdaRequest.of(uin, IdType.UIN).withDemographics(demographics));
 * }</pre>
 */
public final class IdaClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DIGITS = "0123456789";

    private final Builder settings;
    private final String thumbprint;

    private IdaClient(Builder settings) {
        this.settings = settings;
        this.thumbprint = RequestCrypto.thumbprint(settings.idaCertificate);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Yes/no authentication ({@code mosip.identity.auth}). */
    public AuthResult auth(IdaRequest request) {
        return readAuth(send(prepareAuth(request)));
    }

    /**
     * Reads the answer to a request from {@link #prepareAuth} sent with {@link #send}: split in three
     * so a caller can time the exchange with the platform apart from its own cryptography.
     */
    public AuthResult readAuth(IdaResponse sent) {
        IdaResponse response = verified(sent);
        JsonNode body = response.response();
        return new AuthResult(
                body.path("authStatus").asBoolean(false), text(body, "authToken"), response.errorCodes(), response);
    }

    /** e-KYC ({@code mosip.identity.kyc}); {@code attributes} narrows what is asked (empty: all allowed). */
    public KycResult kyc(IdaRequest request, List<String> attributes) {
        return readKyc(send(prepareKyc(request, attributes)));
    }

    /** Reads (and decrypts) the answer to a request from {@link #prepareKyc} sent with {@link #send}. */
    public KycResult readKyc(IdaResponse sent) {
        IdaResponse response = verified(sent);
        JsonNode body = response.response();
        ObjectNode identity = null;
        if (body.hasNonNull("identity") && body.hasNonNull("sessionKey")) {
            byte[] plain = RequestCrypto.open(
                    body.path("identity").asString(), body.path("sessionKey").asString(), settings.partnerKey);
            identity = (ObjectNode) JSON.readTree(plain);
        }
        return new KycResult(
                body.path("kycStatus").asBoolean(false),
                text(body, "authToken"),
                identity,
                response.errorCodes(),
                response);
    }

    /** Asks for an OTP to be sent to the person; authenticate with the same transaction id. */
    public OtpResult requestOtp(String individualId, IdType type, List<OtpChannel> channels) {
        return requestOtp(individualId, type, channels, newTransactionId());
    }

    public OtpResult requestOtp(String individualId, IdType type, List<OtpChannel> channels, String transactionId) {
        PreparedRequest prepared = prepareOtp(individualId, type, channels, transactionId, null);
        IdaResponse response = verified(send(prepared));
        JsonNode body = response.response();
        return new OtpResult(
                response.errorCodes().isEmpty() && !body.isMissingNode() && !body.isNull(),
                text(body, "maskedMobile"),
                text(body, "maskedEmail"),
                transactionId,
                response.errorCodes(),
                response);
    }

    public PreparedRequest prepareAuth(IdaRequest request) {
        return prepare("auth", "mosip.identity.auth", request, null);
    }

    public PreparedRequest prepareKyc(IdaRequest request, List<String> attributes) {
        return prepare("kyc", "mosip.identity.kyc", request, attributes);
    }

    /** The internal authentication request of the platform's own modules (no partner keys, INTERNAL key). */
    public PreparedRequest prepareInternalAuth(IdaRequest request) {
        PreparedRequest prepared = prepare("auth", "mosip.identity.auth.internal", request, null);
        return prepared.withPath("idauthentication/v1/internal/auth").withHeader("signature", null);
    }

    /**
     * The internal OTP request of the platform's own modules ({@code mosip.identity.otp.internal}): no
     * partner keys and no signature; the caller adds its service account's {@code Authorization}.
     */
    public PreparedRequest prepareInternalOtp(
            String individualId, IdType type, List<OtpChannel> channels, String transactionId) {
        return otp("mosip.identity.otp.internal", individualId, type, channels, transactionId, null)
                .withPath("idauthentication/v1/internal/otp")
                .withHeader("signature", null);
    }

    public PreparedRequest prepareOtp(
            String individualId, IdType type, List<OtpChannel> channels, String transactionId, @Nullable Instant time) {
        return otp("mosip.identity.otp", individualId, type, channels, transactionId, time);
    }

    private PreparedRequest otp(
            String id,
            String individualId,
            IdType type,
            List<OtpChannel> channels,
            String transactionId,
            @Nullable Instant time) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", id);
        body.put("version", "1.0");
        body.put("individualId", individualId);
        body.put("individualIdType", type.name());
        body.put("transactionID", transactionId);
        body.put("requestTime", TIME.format(time == null ? settings.clock.instant() : time));
        var requested = body.putArray("otpChannel");
        channels.forEach(channel -> requested.add(channel.name()));
        body.putObject("metadata");
        return signed("otp", JSON.writeValueAsBytes(body), transactionId);
    }

    private PreparedRequest prepare(String kind, String id, IdaRequest request, @Nullable List<String> attributes) {
        String transactionId = request.transactionId() == null ? newTransactionId() : request.transactionId();
        Instant time = request.requestTime() == null ? settings.clock.instant() : request.requestTime();
        ObjectNode inner = JSON.createObjectNode();
        inner.put("timestamp", TIME.format(time));
        if (request.otp() != null) {
            inner.put("otp", request.otp());
        }
        if (request.demographics() != null) {
            inner.set("demographics", request.demographics());
        }
        if (request.biometrics() != null) {
            inner.set("biometrics", request.biometrics());
        }
        RequestCrypto.Sealed sealed = RequestCrypto.seal(JSON.writeValueAsBytes(inner), settings.idaCertificate);
        ObjectNode body = JSON.createObjectNode();
        body.put("id", id);
        body.put("version", "1.0");
        body.put("individualId", request.individualId());
        body.put("individualIdType", request.idType().name());
        body.put("transactionID", transactionId);
        body.put("requestTime", TIME.format(time));
        body.put("specVersion", "1.0");
        body.put("thumbprint", thumbprint);
        body.put("domainUri", settings.domainUri == null ? settings.baseUri.toString() : settings.domainUri);
        body.put("env", settings.env);
        body.put("consentObtained", request.consent());
        ObjectNode requested = body.putObject("requestedAuth");
        requested.put("demo", request.demographics() != null);
        requested.put("otp", request.otp() != null);
        requested.put("bio", request.biometrics() != null);
        if (attributes != null && !attributes.isEmpty()) {
            var allowed = body.putArray("allowedKycAttributes");
            attributes.forEach(allowed::add);
        }
        body.put("request", sealed.request());
        body.put("requestSessionKey", sealed.requestSessionKey());
        body.put("requestHMAC", sealed.requestHmac());
        body.putObject("metadata");
        return signed(kind, JSON.writeValueAsBytes(body), transactionId);
    }

    private PreparedRequest signed(String kind, byte[] body, String transactionId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("signature", RequestCrypto.sign(body, settings.partnerKey, settings.partnerCertificate));
        String path = "idauthentication/v1/" + kind + "/" + settings.mispLicenseKey + "/" + settings.partnerId + "/"
                + settings.apiKey;
        return new PreparedRequest(path, body, headers, transactionId);
    }

    /** Sends a prepared (possibly altered) request; the answer is returned whatever its signature. */
    public IdaResponse send(PreparedRequest prepared) {
        var builder = HttpRequest.newBuilder(settings.baseUri.resolve(prepared.path()))
                .timeout(settings.timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(prepared.body()));
        prepared.headers().forEach(builder::header);
        try {
            HttpResponse<byte[]> response =
                    settings.http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            String signature =
                    response.headers().firstValue("response-signature").orElse(null);
            boolean valid = signature != null
                    && RequestCrypto.verify(signature, response.body(), settings.platformSigningCertificate);
            return new IdaResponse(response.statusCode(), response.body(), json(response.body()), signature, valid);
        } catch (IOException e) {
            throw new IllegalStateException("The platform could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the platform", e);
        }
    }

    /** Ten random digits (MOSIP accepts ten letters or digits). */
    public static String newTransactionId() {
        StringBuilder id = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            id.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        }
        return id.toString();
    }

    private static IdaResponse verified(IdaResponse response) {
        if (!response.signatureValid()) {
            throw new IllegalStateException(
                    "The answer (HTTP " + response.status() + ") is not signed by the platform's signing certificate");
        }
        return response;
    }

    private static @Nullable JsonNode json(byte[] body) {
        try {
            return body.length == 0 ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Settings of a client; all but clock, HTTP client and timeout are required. */
    public static final class Builder {
        private @Nullable URI baseUri;
        private @Nullable String mispLicenseKey;
        private @Nullable String partnerId;
        private @Nullable String apiKey;
        private @Nullable PrivateKey partnerKey;
        private @Nullable X509Certificate partnerCertificate;
        private @Nullable X509Certificate idaCertificate;
        private @Nullable X509Certificate platformSigningCertificate;
        private @Nullable String domainUri;
        private String env = "Production";
        private Clock clock = Clock.systemUTC();
        private Duration timeout = Duration.ofSeconds(30);
        private HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        private Builder() {}

        public Builder baseUri(URI value) {
            String text = value.toString();
            this.baseUri = URI.create(text.endsWith("/") ? text : text + "/");
            return this;
        }

        public Builder mispLicenseKey(String value) {
            this.mispLicenseKey = value;
            return this;
        }

        public Builder partnerId(String value) {
            this.partnerId = value;
            return this;
        }

        public Builder apiKey(String value) {
            this.apiKey = value;
            return this;
        }

        public Builder partnerKey(PrivateKey key, X509Certificate certificate) {
            this.partnerKey = key;
            this.partnerCertificate = certificate;
            return this;
        }

        public Builder idaCertificate(X509Certificate value) {
            this.idaCertificate = value;
            return this;
        }

        public Builder platformSigningCertificate(X509Certificate value) {
            this.platformSigningCertificate = value;
            return this;
        }

        /**
         * The {@code domainUri} requests state (the base URI when not set); biometric captures must be
         * taken with the same value.
         */
        public Builder domainUri(String value) {
            this.domainUri = value;
            return this;
        }

        /** The {@code env} requests state ({@code Production} when not set), as the devices report it. */
        public Builder env(String value) {
            this.env = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        public Builder httpClient(HttpClient value) {
            this.http = value;
            return this;
        }

        public IdaClient build() {
            Objects.requireNonNull(baseUri, "baseUri is required");
            Objects.requireNonNull(mispLicenseKey, "mispLicenseKey is required");
            Objects.requireNonNull(partnerId, "partnerId is required");
            Objects.requireNonNull(apiKey, "apiKey is required");
            Objects.requireNonNull(partnerKey, "partnerKey is required");
            Objects.requireNonNull(idaCertificate, "idaCertificate is required");
            Objects.requireNonNull(platformSigningCertificate, "platformSigningCertificate is required");
            return new IdaClient(this);
        }
    }
}
