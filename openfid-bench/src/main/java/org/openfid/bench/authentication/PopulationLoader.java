package org.openfid.bench.authentication;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openfid.bench.enrolment.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads synthetic people through MOSIP's ID repository API ({@code POST /idrepository/v1/identity},
 * the UIN issued by the platform), as the registration processor would: every record is validated
 * against the schema, sealed, keyed and audited by the server. Names are built from syllables so
 * that people differ the way real names do.
 */
final class PopulationLoader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "na", "ru", "se", "ta", "vi", "zo", "ben", "dar", "fel", "gun", "hal", "jor", "kem", "lin",
        "mor", "nel", "par", "ros", "sil", "tor", "val", "wen", "yas", "abi", "omu", "eze", "ade"
    };
    private static final String PROOF = Base64.getUrlEncoder()
            .encodeToString("%PDF-1.4 synthetic proof of identity".getBytes(StandardCharsets.US_ASCII));
    private static final String BIOMETRICS = Base64.getUrlEncoder()
            .encodeToString("<BIR><BDB>synthetic</BDB></BIR>".getBytes(StandardCharsets.US_ASCII));
    private static final AtomicLong RIDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

    private final PlatformClient client;
    private final String authorization;

    PopulationLoader(PlatformClient client, String authorization) {
        this.client = client;
        this.authorization = authorization;
    }

    /** Creates {@code count} people with {@code parallel} requests in flight; prints progress. */
    List<Person> load(int count, int parallel) throws InterruptedException {
        var people = new ConcurrentLinkedQueue<Person>();
        var failures = new AtomicInteger();
        var slots = new Semaphore(parallel);
        long began = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                slots.acquire();
                int n = i;
                executor.submit(() -> {
                    try {
                        people.add(create(n));
                    } catch (RuntimeException e) {
                        if (failures.incrementAndGet() <= 3) {
                            System.err.println("identity " + n + " not created: " + e.getMessage());
                        }
                    } finally {
                        slots.release();
                    }
                    if ((n + 1) % 10_000 == 0) {
                        System.out.printf("  %,d identities loaded (%.0f/s)%n", n + 1, (n + 1) / seconds(began));
                    }
                });
            }
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " identities could not be created");
        }
        List<Person> loaded = new ArrayList<>(people);
        Collections.shuffle(loaded);
        return loaded;
    }

    private Person create(int n) {
        String name = name(n);
        String dob = (1950 + n % 50) + "/" + String.format("%02d/%02d", 1 + n % 12, 1 + n % 28);
        String phone = "+2547" + String.format("%08d", n);
        ObjectNode request = JSON.createObjectNode();
        ObjectNode body = request.putObject("request");
        body.put("registrationId", rid());
        body.set("identity", identity(name, dob, phone, n));
        ArrayNode documents = body.putArray("documents");
        documents.addObject().put("category", "proofOfIdentity").put("value", PROOF);
        documents.addObject().put("category", "individualBiometrics").put("value", BIOMETRICS);
        JsonNode created =
                client.post("/idrepository/v1/identity", authorization, JSON.writeValueAsString(request), Map.of());
        return new Person(created.at("/response/identity/UIN").asString(), name, dob, phone);
    }

    private static ObjectNode identity(String name, String dob, String phone, int n) {
        ObjectNode identity = JSON.createObjectNode();
        identity.put("IDSchemaVersion", 0.1);
        identity.set("fullName", text(name, "شخص " + arabicLetters(n)));
        identity.put("dateOfBirth", dob);
        identity.set("gender", text(n % 2 == 0 ? "FLE" : "MLE", n % 2 == 0 ? "أنثى" : "ذكر"));
        for (String field :
                List.of("addressLine1", "addressLine2", "addressLine3", "region", "province", "city", "zone")) {
            identity.set(field, text("Street " + (n % 997), "شارع " + (n % 997)));
        }
        identity.put("postalCode", String.format("%05d", n % 100_000));
        identity.put("phone", phone);
        identity.put("email", "person" + n + "@example.org");
        identity.set("residenceStatus", text("NFR", "مواطن"));
        identity.set(
                "proofOfIdentity",
                JSON.readTree("{\"format\":\"pdf\",\"type\":\"DOC001\",\"value\":\"proofOfIdentity\"}"));
        identity.set(
                "individualBiometrics",
                JSON.readTree("{\"format\":\"cbeff\",\"version\":1.0,\"value\":\"individualBiometrics\"}"));
        return identity;
    }

    /** The digits of {@code n} written as Arabic letters (names in Arabic may hold letters only). */
    static String arabicLetters(int n) {
        String letters = "ابتثجحخدذر";
        StringBuilder out = new StringBuilder();
        for (char digit : Integer.toString(n).toCharArray()) {
            out.append(letters.charAt(digit - '0'));
        }
        return out.toString();
    }

    static String name(int n) {
        int a = n % SYLLABLES.length;
        int b = (n / SYLLABLES.length) % SYLLABLES.length;
        int c = (n / (SYLLABLES.length * SYLLABLES.length)) % SYLLABLES.length;
        int d = (n / (SYLLABLES.length * SYLLABLES.length * SYLLABLES.length)) % SYLLABLES.length;
        return capital(SYLLABLES[a] + SYLLABLES[b]) + " " + capital(SYLLABLES[c] + SYLLABLES[d] + "a");
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static ArrayNode text(String english, String arabic) {
        ArrayNode array = JSON.createArrayNode();
        array.addObject().put("language", "eng").put("value", english);
        array.addObject().put("language", "ara").put("value", arabic);
        return array;
    }

    private static String rid() {
        return "1000110002" + String.format("%019d", RIDS.incrementAndGet());
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
    }
}
