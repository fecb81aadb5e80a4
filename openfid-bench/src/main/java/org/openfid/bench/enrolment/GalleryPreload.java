package org.openfid.bench.enrolment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.cbeff.BdbInfo;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;
import org.openfid.spi.biometrics.cbeff.CbeffXml;
import org.openfid.synth.fingers.SyntheticMinutiae;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pre-loads the platform's ABIS gallery with template-level synthetic people: ten fingers each,
 * synthetic minutiae ({@link SyntheticMinutiae}, the generator of {@code ./openfid bench biometrics})
 * written as ISO/IEC 19794-2 records in a CBEFF document and inserted through MOSIP's ABIS insert API
 * ({@code /v1/abis/insert}), which imports them into SourceAFIS templates and stores them sealed like
 * any other record. Rendering and extracting 100 thousand finger images would take hours.
 *
 * <p>What these people are: gallery records only, under reference ids {@code synthetic-gallery-N}
 * that no enrolment case, RID or identity refers to; their minutiae come from a seed of their own, so
 * they are distinct from every person the synthetic enrolment submits, and any match against them is
 * a false match.
 */
final class GalleryPreload {

    static final String INSERT = "/v1/abis/insert";
    static final String PREFIX = "synthetic-gallery-";

    private final PlatformClient platform;
    private final String admin;
    private final SyntheticMinutiae minutiae;

    GalleryPreload(PlatformClient platform, String admin, long seed) {
        this.platform = platform;
        this.admin = admin;
        this.minutiae = new SyntheticMinutiae(seed);
    }

    /** Inserts people {@code [0, count)} with {@code clients} concurrent requests; how many were inserted. */
    int load(int count, int clients) throws InterruptedException {
        AtomicInteger inserted = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int client = 0; client < clients; client++) {
                int first = client;
                work.add(pool.submit(() -> {
                    for (int person = first; person < count; person += clients) {
                        insert(person);
                        int done = inserted.incrementAndGet();
                        if (done % 1_000 == 0) {
                            System.out.printf("  gallery: %d of %d people inserted%n", done, count);
                        }
                    }
                }));
            }
            for (Future<?> future : work) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(
                            "The gallery pre-load failed: " + e.getCause().getMessage(), e);
                }
            }
        }
        return inserted.get();
    }

    /** One person's ten fingers, inserted under {@code synthetic-gallery-<person>}. */
    void insert(int person) {
        ObjectNode request = PlatformClient.JSON.createObjectNode();
        request.put("id", "mosip.abis.insert");
        request.put("version", "1.1");
        request.put("requestId", UUID.randomUUID().toString());
        request.put("requesttime", Instant.now().toString());
        request.put("referenceId", PREFIX + person);
        request.put("biometrics", Base64.getUrlEncoder().encodeToString(cbeff(person)));
        JsonNode answer = platform.post(INSERT, admin, request.toString(), Map.of());
        if (!"1".equals(answer.path("returnValue").asString())) {
            throw new IllegalStateException(
                    "The ABIS refused gallery person " + person + ": reason " + answer.path("failureReason"));
        }
    }

    /** The CBEFF XML of a person's ten minutiae records. */
    byte[] cbeff(int person) {
        Instant captured = Instant.parse("2026-01-05T09:00:00Z");
        List<Bir> birs = new ArrayList<>(10);
        for (BiometricSubtype finger : BiometricSubtype.tenFingers()) {
            long fingerId = person * 10L + finger.isoFingerPosition() - 1;
            byte[] record = minutiae.impression(minutiae.master(fingerId), 0)
                    .toRecord(finger)
                    .toBytes();
            var info = BdbInfo.enrolment(
                    UUID.nameUUIDFromBytes(finger.name().getBytes(StandardCharsets.UTF_8)),
                    SampleFormat.ISO_19794_2_2005,
                    finger,
                    captured,
                    70);
            birs.add(Bir.of(info, record));
        }
        return CbeffXml.write(CbeffDocument.of(birs));
    }
}
