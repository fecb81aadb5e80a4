package org.openfid.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.openfid.OpenFidApplication;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.Identities;
import org.openfid.identity.IdentityDocument;
import org.openfid.identity.IndividualId;
import org.openfid.identity.NewIdentity;
import org.openfid.identity.ReadScope;
import org.openfid.identity.Rid;
import org.openfid.identity.Uin;
import org.openfid.masterdata.IdentitySchemas;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cost of privacy and the flatness of reads, in one run:
 *
 * <ol>
 *   <li>identity create and read-by-UIN throughput with records sealed, then the same operations in
 *       a second platform with {@code openfid.identity.records.encryption=false}; printed side by
 *       side with the overhead (target: under 30%);
 *   <li>read-by-UIN latency (p50/p99) with 10 thousand, 100 thousand and 1 million stored identities,
 *       loaded by {@link SyntheticPopulation} through the same sealing code (target: flat).
 * </ol>
 *
 * Run with {@code ./openfid bench identity [maxPopulation]}; the default maximum is 1,000,000, a
 * smaller one (for example 100000) gives a quick run.
 */
public final class IdentityBenchmark {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CREATES = 1_000;
    private static final int READS = 5_000;
    private static final int LATENCY_SAMPLES = 5_000;

    private IdentityBenchmark() {}

    public static void main(String[] args) throws Exception {
        int max = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        double[] sealed = throughput(true);
        double[] plain = throughput(false);
        System.out.printf(
                "%nidentity create     sealed %8.0f/s   plain %8.0f/s   overhead %5.1f%%   (target < 30%%)%n",
                sealed[0], plain[0], overhead(sealed[0], plain[0]));
        System.out.printf(
                "identity read (UIN) sealed %8.0f/s   plain %8.0f/s   overhead %5.1f%%   (target < 30%%)%n%n",
                sealed[1], plain[1], overhead(sealed[1], plain[1]));
        latencies(max);
    }

    private static double overhead(double sealed, double plain) {
        return (plain / sealed - 1) * 100;
    }

    static ConfigurableApplicationContext start(boolean encryption) throws Exception {
        Path data = Files.createTempDirectory("openfid-bench-identity");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(OpenFidApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--openfid.data-dir=" + data,
                        "--openfid.identity.records.encryption=" + encryption,
                        "--openfid.db.pool-size=4",
                        "--logging.level.root=WARN",
                        "--logging.level.org.openfid=WARN");
        IdentitySchemas schemas = context.getBean(IdentitySchemas.class);
        if (schemas.versions().isEmpty()) {
            try (var in = IdentityBenchmark.class.getResourceAsStream("/country/demo/schema.json")) {
                schemas.publish(JSON.readTree(in));
            }
        }
        return context;
    }

    /** Creates then reads (scope all: identity JSON and both files) on one thread; per-second rates. */
    static double[] throughput(boolean encryption) throws Exception {
        try (ConfigurableApplicationContext context = start(encryption)) {
            Identities identities = context.getBean(Identities.class);
            List<Uin> uins = new ArrayList<>();
            for (int i = 0; i < CREATES / 5; i++) { // warm-up
                uins.add(identities.create(request()).uin());
            }
            long began = System.nanoTime();
            for (int i = 0; i < CREATES; i++) {
                uins.add(identities.create(request()).uin());
            }
            double creates = CREATES / seconds(began);
            for (int i = 0; i < READS / 5; i++) {
                identities.read(IndividualId.of(uins.get(i % uins.size())), ReadScope.ALL);
            }
            began = System.nanoTime();
            for (int i = 0; i < READS; i++) {
                identities.read(
                        IndividualId.of(uins.get(ThreadLocalRandom.current().nextInt(uins.size()))), ReadScope.ALL);
            }
            double reads = READS / seconds(began);
            System.out.printf("encryption=%s: %,.0f creates/s, %,.0f reads/s%n", encryption, creates, reads);
            return new double[] {creates, reads};
        }
    }

    /** Grows one sealed population to each size and samples read-by-UIN latency there. */
    static void latencies(int max) throws Exception {
        try (ConfigurableApplicationContext context = start(true)) {
            Identities identities = context.getBean(Identities.class);
            var population = new SyntheticPopulation(context);
            List<Uin> sample = new ArrayList<>();
            for (int size : new int[] {10_000, 100_000, 1_000_000}) {
                if (size > max) {
                    break;
                }
                long began = System.nanoTime();
                int added = size - population.size();
                population.grow(added, sample);
                System.out.printf(
                        "loaded %,d identities in %.0f s (%,.0f/s)%n", added, seconds(began), added / seconds(began));
                long[] nanos = new long[LATENCY_SAMPLES];
                for (int i = 0; i < LATENCY_SAMPLES / 5; i++) {
                    identities.read(IndividualId.of(sample.get(i % sample.size())), ReadScope.DEMO);
                }
                for (int i = 0; i < LATENCY_SAMPLES; i++) {
                    Uin uin = sample.get(ThreadLocalRandom.current().nextInt(sample.size()));
                    long start = System.nanoTime();
                    identities.read(IndividualId.of(uin), ReadScope.DEMO);
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf(
                        "read-by-UIN at %,9d identities: p50 %.3f ms  p99 %.3f ms%n",
                        size, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
            }
        }
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
    }

    private static final AtomicLong SEQUENCE =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L));

    static Rid rid() {
        return new Rid("1000110002" + String.format("%019d", SEQUENCE.incrementAndGet()));
    }

    static NewIdentity request() {
        return new NewIdentity(
                rid(),
                null,
                person(SEQUENCE.incrementAndGet()),
                List.of(
                        new IdentityDocument("proofOfIdentity", new byte[20_000]),
                        new IdentityDocument(
                                "individualBiometrics",
                                ("<BIR>" + "x".repeat(40_000) + "</BIR>").getBytes(StandardCharsets.UTF_8))));
    }

    /** A person valid under the demo schema; {@code n} makes the handles unique. */
    static ObjectNode person(long n) {
        ObjectNode identity = JSON.createObjectNode();
        identity.put("IDSchemaVersion", 0.1);
        identity.set("fullName", text("Person " + Long.toString(n, 26).replaceAll("[0-9]", "x"), "شخص"));
        identity.put("dateOfBirth", "19" + (50 + n % 50) + "/0" + (1 + n % 9) + "/1" + (n % 9));
        identity.set("gender", text(n % 2 == 0 ? "FLE" : "MLE", "جنس"));
        for (String field :
                List.of("addressLine1", "addressLine2", "addressLine3", "region", "province", "city", "zone")) {
            identity.set(field, text("Street " + (n % 1000), "شارع"));
        }
        identity.put("postalCode", String.format("%05d", n % 100_000));
        identity.put("phone", "+25" + String.format("%012d", n));
        identity.put("email", "p" + n + "@example.org");
        identity.set("residenceStatus", text("NFR", "غير مقيم"));
        identity.set(
                "proofOfIdentity",
                JSON.readTree("{\"format\":\"pdf\",\"type\":\"DOC001\",\"value\":\"proofOfIdentity\"}"));
        identity.set(
                "individualBiometrics",
                JSON.readTree("{\"format\":\"cbeff\",\"version\":1.0,\"value\":\"individualBiometrics\"}"));
        identity.set("selectedHandles", JSON.createArrayNode().add("phone").add("email"));
        return identity;
    }

    static tools.jackson.databind.node.ArrayNode text(String english, String arabic) {
        var array = JSON.createArrayNode();
        array.addObject().put("language", "eng").put("value", english);
        array.addObject().put("language", "ara").put("value", arabic);
        return array;
    }

    /** Valid UINs under the platform's rules, found by walking the number space (no pool needed). */
    static final class UinWalk {
        private final IdNumbers numbers;
        private long next;

        UinWalk(IdNumbers numbers, long start) {
            this.numbers = numbers;
            this.next = start;
        }

        Uin next() {
            while (true) {
                String candidate = Long.toString(next++);
                if (numbers.isValidUin(candidate)) {
                    return new Uin(candidate);
                }
            }
        }
    }
}
