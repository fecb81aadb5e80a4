package org.openfid.bench.authentication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.openfid.bench.enrolment.ChildPlatform;
import org.openfid.bench.enrolment.PlatformClient;
import org.openfid.relyingparty.IdType;
import org.openfid.relyingparty.IdaClient;
import org.openfid.relyingparty.IdaRequest;
import org.openfid.relyingparty.OtpChannel;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 6's load scenario: {@code ./openfid bench authentication [--identities N] [--seconds S]
 * [--concurrency C] [--warm-up W]}. A child platform ({@code ./openfid start}) gets N synthetic identities through
 * the ID repository API and a relying party onboarded through the partner API; then MOSIP IDA
 * demographic authentications with full request crypto run over HTTP, closed-loop, and the server's
 * own CPU time is read from the kernel. The ceiling, one RSA-OAEP decryption plus one RS256 signature
 * per request, is measured in this JVM in the same run. A paced phase then measures latency at the
 * target load, and e-KYC and OTP authentication are measured the same way. The first phase runs
 * {@code W} seconds (120) before it measures: the server's JIT compilers are still busy a minute into
 * the load, and their CPU would be charged to the transactions of a platform that runs for months.
 */
public final class AuthenticationBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POLICY = """
            {"authTokenType":"partner",
             "allowedAuthTypes":[{"authType":"demo"},{"authType":"otp"},{"authType":"otp-request"},{"authType":"kyc"}],
             "allowedKycAttributes":[{"attributeName":"fullName"},{"attributeName":"dateOfBirth"},
                                     {"attributeName":"gender"},{"attributeName":"phone"}],
             "kycLanguages":["eng"]}""";

    private AuthenticationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int identities = option(args, "--identities", 100_000);
        int seconds = option(args, "--seconds", 60);
        int concurrency = option(args, "--concurrency", 12);
        int warmUp = option(args, "--warm-up", 120);
        Path launcher =
                Path.of(System.getProperty("openfid.launcher", "openfid")).toAbsolutePath();
        Path dataDir = Path.of(
                        "target",
                        "bench-authentication-"
                                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
                .toAbsolutePath();
        Files.createDirectories(dataDir);
        try (OtpInbox inbox = new OtpInbox();
                ChildPlatform platform = ChildPlatform.start(
                        launcher,
                        dataDir,
                        Map.of(
                                "OPENFID_NOTIFICATION_SMS_URL",
                                inbox.url(),
                                "OPENFID_AUTHENTICATION_OTP_MAX_REQUESTS",
                                "1000000"))) {
            run(platform, inbox, identities, seconds, concurrency, warmUp);
        }
    }

    private static void run(
            ChildPlatform platform, OtpInbox inbox, int identities, int seconds, int concurrency, int warmUp)
            throws Exception {
        var http = new PlatformClient(platform.url());
        String admin = PlatformClient.basic("admin", platform.adminPassword);
        System.out.printf(
                "Authentication benchmark: %,d identities, %d s phases, %d callers, %d s warm-up%n",
                identities, seconds, concurrency, warmUp);
        System.out.println("Latency of auth and e-KYC is the platform's: the HTTP exchange, from sending a request the"
                + " relying party has already signed and encrypted to the verified, signed answer; OTP latency is the"
                + " whole flow (request, SMS, authentication).");
        long began = System.nanoTime();
        List<Person> people = new PopulationLoader(http, admin).load(identities, 16);
        System.out.printf(
                "loaded %,d identities through the ID repository API in %.0f s%n",
                people.size(), (System.nanoTime() - began) / 1e9);
        PartnerSetup.Credentials bank = new PartnerSetup(http, admin).onboard("bench-bank", POLICY);
        IdaClient client = IdaClient.builder()
                .baseUri(platform.url())
                .mispLicenseKey(bank.licenceKey())
                .partnerId(bank.partnerId())
                .apiKey(bank.apiKey())
                .partnerKey(bank.keys().getPrivate(), bank.certificate())
                .idaCertificate(bank.idaCertificate())
                .platformSigningCertificate(bank.signingCertificate())
                .build();
        long postmaster = platform.postmaster().orElseThrow();
        LoadRun load = new LoadRun(platform.pid(), postmaster, people);

        CryptoCeiling.Result before = CryptoCeiling.measure(4);
        LoadRun.Transaction auth = (person, watch) -> {
            var prepared = client.prepareAuth(demo(person));
            watch.start();
            var sent = client.send(prepared);
            watch.stop();
            return client.readAuth(sent).authenticated();
        };
        LoadRun.Result demo = load.closedLoop(auth, concurrency, warmUp, seconds);
        CryptoCeiling.Result after = CryptoCeiling.measure(4);
        double ceiling = (before.perCpuSecond() + after.perCpuSecond()) / 2;
        AuthenticationReport.demographic(demo, before, after, ceiling);

        double target = Math.min(300, demo.perSecond() * 0.7);
        LoadRun.Result paced = load.paced(auth, target, 20, seconds / 2.0);
        AuthenticationReport.paced(paced, target);

        LoadRun.Transaction kycCall = (person, watch) -> {
            var prepared = client.prepareKyc(demo(person), List.of());
            watch.start();
            var sent = client.send(prepared);
            watch.stop();
            return client.readKyc(sent).identity() != null;
        };
        LoadRun.Result kyc = load.closedLoop(kycCall, concurrency, 5, seconds / 3.0);
        AuthenticationReport.other("e-KYC (demographic, identity encrypted to the partner)", kyc, ceiling);

        LoadRun.Result otp =
                load.closedLoop((person, watch) -> otp(client, inbox, person), concurrency, 5, seconds / 3.0);
        AuthenticationReport.other("OTP authentication (OTP request + SMS delivery + auth with the OTP)", otp, ceiling);
    }

    private static boolean otp(IdaClient client, OtpInbox inbox, Person person) throws InterruptedException {
        var sent = client.requestOtp(person.uin(), IdType.UIN, List.of(OtpChannel.PHONE));
        if (!sent.sent()) {
            throw new IllegalStateException("OTP not sent: " + sent.errorCodes());
        }
        String otp = inbox.take(person.phone(), 10_000);
        return client.auth(IdaRequest.of(person.uin(), IdType.UIN).withOtp(otp).withTransactionId(sent.transactionId()))
                .authenticated();
    }

    private static IdaRequest demo(Person person) {
        ObjectNode demographics = JSON.createObjectNode();
        demographics.putArray("name").addObject().put("language", "eng").put("value", person.name());
        demographics.put("dob", person.dateOfBirth());
        return IdaRequest.of(person.uin(), IdType.UIN).withDemographics(demographics);
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
