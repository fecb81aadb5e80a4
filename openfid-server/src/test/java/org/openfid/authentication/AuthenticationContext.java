package org.openfid.authentication;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openfid.identity.Identities;
import org.openfid.identity.IdentityDocument;
import org.openfid.identity.NewIdentity;
import org.openfid.identity.Rid;
import org.openfid.keys.Certificates;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyRing;
import org.openfid.keys.MutableClock;
import org.openfid.keys.RecordedFacts;
import org.openfid.partner.PartnerFixture;
import org.openfid.partner.TestPki;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One running platform (real HTTP port, embedded PostgreSQL, PKCS#12 vault) for the authentication
 * tests: the demo country's schema, partners onboarded through the REST API, identities created
 * through the registry, and a clock the tests can move.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "openfid.data-dir=target/test-data/authentication-${random.uuid}",
            "openfid.admin.password=" + AuthenticationContext.ADMIN_PASSWORD,
            "openfid.masterdata.load-country-on-start=true",
            "openfid.partner.authorisation-cache=PT0S"
        })
@AutoConfigureMockMvc
@Import(AuthenticationContext.Clocks.class)
public abstract class AuthenticationContext {

    static final String ADMIN_PASSWORD = "authentication-test-admin";
    static final TestPki PKI = new TestPki();
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong RIDS =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L));

    /** The SMS gateway and mail server of the whole test run (the context is shared). */
    protected static final org.openfid.notification.SmsInbox SMS = new org.openfid.notification.SmsInbox();

    protected static final com.icegreen.greenmail.util.GreenMail MAIL = startMail();

    @org.springframework.test.context.DynamicPropertySource
    static void channels(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("openfid.notification.sms.url", SMS::url);
        registry.add("openfid.notification.smtp.host", () -> "127.0.0.1");
        registry.add("openfid.notification.smtp.port", () -> MAIL.getSmtp().getPort());
    }

    private static com.icegreen.greenmail.util.GreenMail startMail() {
        var mail = new com.icegreen.greenmail.util.GreenMail(
                com.icegreen.greenmail.util.ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected RecordedFacts facts;

    @Autowired
    protected Certificates certificates;

    @Autowired
    protected Identities identities;

    @Autowired
    protected KeyRing keys;

    protected PartnerFixture partners;

    @BeforeEach
    void partners() {
        partners = new PartnerFixture(mvc, ADMIN_PASSWORD, PKI, certificates);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * A person created in the registry.
     *
     * @param uin the UIN issued
     * @param name English name
     * @param dob date of birth
     * @param phone phone number
     * @param email e-mail
     */
    protected record Person(String uin, String name, String dob, String phone, String email) {}

    protected Person person(String name) {
        return person(name, "<BIR><BDB>x</BDB></BIR>".getBytes(StandardCharsets.US_ASCII));
    }

    /** A person whose {@code individualBiometrics} document is this CBEFF XML. */
    protected Person person(String name, byte[] biometrics) {
        return person(name, "1990/05/15", "FLE", biometrics);
    }

    /**
     * A person with this date of birth ({@code yyyy/MM/dd}) and gender code ({@code FLE} or {@code
     * MLE}), for tests that replay data written for other identities.
     */
    protected Person person(String name, String dob, String gender) {
        return person(name, dob, gender, "<BIR><BDB>x</BDB></BIR>".getBytes(StandardCharsets.US_ASCII));
    }

    private Person person(String name, String dob, String gender, byte[] biometrics) {
        long n = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        String phone = "+2547" + n;
        String email = "p" + n + "@example.org";
        ObjectNode identity = JSON.createObjectNode();
        identity.put("IDSchemaVersion", 0.1);
        identity.set("fullName", text(name, "جين دو"));
        identity.put("dateOfBirth", dob);
        identity.set("gender", text(gender, gender.equals("MLE") ? "ذكر" : "أنثى"));
        for (String field :
                List.of("addressLine1", "addressLine2", "addressLine3", "region", "province", "city", "zone")) {
            identity.set(field, text("Main street 12", "الشارع الرئيسي"));
        }
        identity.put("postalCode", "12345");
        identity.put("phone", phone);
        identity.put("email", email);
        identity.set("residenceStatus", text("NFR", "مواطن"));
        identity.set(
                "proofOfIdentity",
                JSON.readTree("{\"format\":\"pdf\",\"type\":\"DOC001\",\"value\":\"proofOfIdentity\"}"));
        identity.set(
                "individualBiometrics",
                JSON.readTree("{\"format\":\"cbeff\",\"version\":1.0,\"value\":\"individualBiometrics\"}"));
        List<IdentityDocument> documents = new ArrayList<>(List.of(
                new IdentityDocument("proofOfIdentity", "%PDF-1.4 proof".getBytes(StandardCharsets.US_ASCII)),
                new IdentityDocument("individualBiometrics", biometrics)));
        if (LocalDate.parse(dob, DateTimeFormatter.ofPattern("yyyy/MM/dd"))
                .isAfter(LocalDate.now(ZoneOffset.UTC).minusYears(5))) {
            documents.addAll(introducer(identity));
        }
        var created = identities.create(new NewIdentity(newRid(), null, identity, documents));
        return new Person(created.uin().value(), name, dob, phone, email);
    }

    /** What the demo schema requires of a child under five: an introducer and proof of relationship. */
    private static List<IdentityDocument> introducer(ObjectNode identity) {
        identity.set("introducerName", text("John Doe", "جون دو"));
        identity.put("introducerUIN", "5823659174");
        identity.set(
                "introducerBiometrics",
                JSON.readTree("{\"format\":\"cbeff\",\"version\":1.0,\"value\":\"introducerBiometrics\"}"));
        identity.set(
                "proofOfRelationship",
                JSON.readTree("{\"format\":\"pdf\",\"type\":\"DOC004\",\"value\":\"proofOfRelationship\"}"));
        return List.of(
                new IdentityDocument(
                        "introducerBiometrics", "<BIR><BDB>x</BDB></BIR>".getBytes(StandardCharsets.US_ASCII)),
                new IdentityDocument("proofOfRelationship", "%PDF-1.4 proof".getBytes(StandardCharsets.US_ASCII)));
    }

    /** A registration id no other test uses. */
    protected static Rid newRid() {
        return new Rid("1000110002" + String.format("%019d", RIDS.incrementAndGet()));
    }

    protected static ArrayNode text(String english, String arabic) {
        ArrayNode array = JSON.createArrayNode();
        array.addObject().put("language", "eng").put("value", english);
        array.addObject().put("language", "ara").put("value", arabic);
        return array;
    }

    /** A client for an onboarded partner, talking to this platform over HTTP. */
    protected org.openfid.relyingparty.IdaClient client(PartnerFixture.Onboarded partner) {
        return org.openfid.relyingparty.IdaClient.builder()
                .baseUri(java.net.URI.create("http://localhost:" + port + "/"))
                .mispLicenseKey(partner.licenceKey())
                .partnerId(partner.partnerId())
                .apiKey(partner.apiKey())
                .partnerKey(partner.leaf().keys().getPrivate(), partner.leaf().certificate())
                .idaCertificate(idaCertificate())
                .platformSigningCertificate(signingCertificate())
                .clock(clock)
                .build();
    }

    private org.openfid.relyingparty.IdaClient internal;

    /**
     * A client of the internal endpoints: it encrypts to the {@code IDA/INTERNAL} certificate; the path
     * keys and its (unused) signing key are placeholders, since internal calls carry neither. Send its
     * requests with {@link #sendInternal}, which adds the administrator's credentials.
     */
    protected org.openfid.relyingparty.IdaClient internalClient() {
        if (internal == null) {
            PartnerFixture.Onboarded any = partners.onboard(PartnerFixture.standardPolicy());
            internal = org.openfid.relyingparty.IdaClient.builder()
                    .baseUri(java.net.URI.create("http://localhost:" + port + "/"))
                    .mispLicenseKey("internal")
                    .partnerId("internal")
                    .apiKey("internal")
                    .partnerKey(any.leaf().keys().getPrivate(), any.leaf().certificate())
                    .idaCertificate(keys.current(KeyRef.of("IDA", "INTERNAL")).certificate())
                    .platformSigningCertificate(signingCertificate())
                    .clock(clock)
                    .build();
        }
        return internal;
    }

    /** Sends an internal request as the platform's administrator account. */
    protected org.openfid.relyingparty.IdaResponse sendInternal(org.openfid.relyingparty.PreparedRequest request) {
        String admin = java.util.Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return internalClient().send(request.withHeader("Authorization", "Basic " + admin));
    }

    private static final java.util.regex.Pattern SIX_DIGITS = java.util.regex.Pattern.compile("\\b(\\d{6})\\b");

    /** The OTP of the SMS to the person's phone (waiting for it up to 20 s). */
    protected String otpFromSms(Person person) throws InterruptedException {
        java.util.regex.Matcher matcher = SIX_DIGITS.matcher(otpSms(person).text());
        org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** The SMS with an OTP to the person's phone (waiting for it up to 20 s). */
    protected org.openfid.notification.SmsInbox.Received otpSms(Person person) throws InterruptedException {
        return SMS.await(
                m -> m.to().equals(person.phone())
                        && SIX_DIGITS.matcher(m.text()).find(),
                java.time.Duration.ofSeconds(20));
    }

    /** IDA demographics with the English name and the date of birth. */
    protected static ObjectNode demographics(String name, String dob) {
        ObjectNode demographics = JSON.createObjectNode();
        demographics.putArray("name").addObject().put("language", "eng").put("value", name);
        demographics.put("dob", dob);
        return demographics;
    }

    protected java.security.cert.X509Certificate idaCertificate() {
        return keys.current(KeyRef.of("IDA", "PARTNER")).certificate();
    }

    protected java.security.cert.X509Certificate signingCertificate() {
        return keys.current(KeyRef.of("IDA", "SIGN")).certificate();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        RecordedFacts recordedFacts() {
            return new RecordedFacts();
        }
    }
}
