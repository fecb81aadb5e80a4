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
import org.openfid.keys.DataSeals;
import org.openfid.keys.KeyRef;
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
    private static final int ROUNDS = 10;
    private static final List<Path> DATA_DIRS = new ArrayList<>();

    private IdentityBenchmark() {}

    public static void main(String[] args) throws Exception {
        int max = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        try {
            run(max);
        } finally {
            for (Path data : DATA_DIRS) { // a million identities take several gigabytes
                try (var files = Files.walk(data)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private static void run(int max) throws Exception {
        try (ConfigurableApplicationContext sealed = start(true);
                ConfigurableApplicationContext plain = start(false)) {
            sealCost(sealed);
            var on = new Rates(sealed.getBean(Identities.class));
            var off = new Rates(plain.getBean(Identities.class));
            // warm-up, then alternate rounds so that load from elsewhere hits both sides alike
            on.round(CREATES / 10, READS / 10);
            off.round(CREATES / 10, READS / 10);
            on.reset();
            off.reset();
            for (int round = 0; round < ROUNDS; round++) {
                on.round(CREATES / ROUNDS, READS / ROUNDS);
                off.round(CREATES / ROUNDS, READS / ROUNDS);
            }
            System.out.printf(
                    "%nidentity create     sealed %8.1f/s   plain %8.1f/s   overhead %5.1f%%   (target < 30%%)%n",
                    on.creates(), off.creates(), overhead(on.creates(), off.creates()));
            System.out.printf(
                    "read by UIN, demo  sealed %8.1f/s   plain %8.1f/s   overhead %5.1f%%   (target < 30%%)%n",
                    on.demoReads(), off.demoReads(), overhead(on.demoReads(), off.demoReads()));
            System.out.printf(
                    "read by UIN, all   sealed %8.1f/s   plain %8.1f/s   overhead %5.1f%%   (target < 30%%;"
                            + " JSON and two files: three opens)%n%n",
                    on.reads(), off.reads(), overhead(on.reads(), off.reads()));
        }
        latencies(max);
    }

    /** What one seal and one open cost on their own, for a record-sized and a file-sized value. */
    static void sealCost(ConfigurableApplicationContext context) {
        DataSeals seals = context.getBean(DataSeals.class);
        KeyRef kek = KeyRef.of("ID_REPO", "BENCH_SEAL");
        byte[] aad = "bench".getBytes(StandardCharsets.UTF_8);
        for (int bytes : new int[] {1_500, 40_000}) {
            byte[] value = new byte[bytes];
            byte[] sealed = seals.seal(kek, value, aad);
            for (int i = 0; i < 20_000; i++) {
                seals.open(kek, seals.seal(kek, value, aad), aad);
            }
            long began = System.nanoTime();
            for (int i = 0; i < 20_000; i++) {
                sealed = seals.seal(kek, value, aad);
            }
            double seal = (System.nanoTime() - began) / 20_000 / 1e3;
            began = System.nanoTime();
            for (int i = 0; i < 20_000; i++) {
                seals.open(kek, sealed, aad);
            }
            double open = (System.nanoTime() - began) / 20_000 / 1e3;
            System.out.printf("seal %,6d bytes: %.1f us   open: %.1f us%n", bytes, seal, open);
        }
    }

    /**
     * Creates, then reads with scope demo (the identity JSON only, what authentication needs) and with
     * scope all (the JSON and both files), on one thread, timed per round.
     */
    static final class Rates {
        private final Identities identities;
        private final List<Uin> uins = new ArrayList<>();
        private long createNanos;
        private long readNanos;
        private long demoNanos;
        private int created;
        private int read;

        Rates(Identities identities) {
            this.identities = identities;
        }

        void round(int creates, int reads) {
            long began = System.nanoTime();
            for (int i = 0; i < creates; i++) {
                uins.add(identities.create(request()).uin());
            }
            createNanos += System.nanoTime() - began;
            created += creates;
            began = System.nanoTime();
            for (int i = 0; i < reads; i++) {
                Uin uin = uins.get(ThreadLocalRandom.current().nextInt(uins.size()));
                identities.read(IndividualId.of(uin), ReadScope.ALL);
            }
            readNanos += System.nanoTime() - began;
            began = System.nanoTime();
            for (int i = 0; i < reads; i++) {
                Uin uin = uins.get(ThreadLocalRandom.current().nextInt(uins.size()));
                identities.read(IndividualId.of(uin), ReadScope.DEMO);
            }
            demoNanos += System.nanoTime() - began;
            read += reads;
        }

        void reset() {
            createNanos = 0;
            readNanos = 0;
            demoNanos = 0;
            created = 0;
            read = 0;
        }

        double creates() {
            return created / (createNanos / 1e9);
        }

        double demoReads() {
            return read / (demoNanos / 1e9);
        }

        double reads() {
            return read / (readNanos / 1e9);
        }
    }

    private static double overhead(double sealed, double plain) {
        return (plain / sealed - 1) * 100;
    }

    static ConfigurableApplicationContext start(boolean encryption) throws Exception {
        Path data = Files.createTempDirectory("openfid-bench-identity");
        DATA_DIRS.add(data);
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
