package org.openfid.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.openfid.OpenFidApplication;
import org.openfid.keys.EnvelopeParameters;
import org.openfid.keys.Envelopes;
import org.openfid.keys.JwsAlgorithm;
import org.openfid.keys.KeyRef;
import org.openfid.keys.Signatures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the keys module costs over the plain JCA, measured in one run on the same machine: an
 * envelope (AES-256-GCM payload, RSA-OAEP-SHA256 wrapped session key) encrypted and decrypted, and
 * an RS256 signature made and verified, each through the platform (real context, embedded
 * PostgreSQL, PKCS#12 vault, MOSIP layout, JWS format) and with bare JCA calls on a software key.
 * Target: the platform adds under 10%. Run with {@code ./openfid bench keys}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KeysBenchmark {

    private static final KeyRef ENCRYPTION = KeyRef.of("IDA", "BENCH");
    private static final KeyRef SIGNING = KeyRef.of("IDA", "BENCH_SIGN");
    private static final OAEPParameterSpec OAEP =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private ConfigurableApplicationContext context;
    private Envelopes envelopes;
    private Signatures signatures;
    private KeyPair jcaKeys;
    private byte[] payload;
    private final SecureRandom random = new SecureRandom();

    @Setup(Level.Trial)
    public void start() throws Exception {
        Path data = Files.createTempDirectory("openfid-bench");
        context = new SpringApplicationBuilder(OpenFidApplication.class)
                .web(WebApplicationType.NONE)
                .run("--openfid.data-dir=" + data, "--logging.level.root=WARN", "--logging.level.org.openfid=WARN");
        envelopes = context.getBean(Envelopes.class);
        signatures = context.getBean(Signatures.class);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        jcaKeys = generator.generateKeyPair();
        payload = new byte[1024];
        random.nextBytes(payload);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public byte[] platformEnvelope() {
        return envelopes.decrypt(
                ENCRYPTION,
                envelopes.encrypt(ENCRYPTION, payload, EnvelopeParameters.DEFAULT),
                EnvelopeParameters.DEFAULT);
    }

    @Benchmark
    public byte[] jcaEnvelope() throws Exception {
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(256, random);
        SecretKey sessionKey = aes.generateKey();
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, sessionKey, new GCMParameterSpec(128, iv));
        byte[] ciphertext = gcm.doFinal(payload);
        Cipher wrap = Cipher.getInstance("RSA/ECB/OAEPPadding");
        wrap.init(Cipher.ENCRYPT_MODE, jcaKeys.getPublic(), OAEP);
        byte[] wrapped = wrap.doFinal(sessionKey.getEncoded());

        Cipher unwrap = Cipher.getInstance("RSA/ECB/OAEPPadding");
        unwrap.init(Cipher.DECRYPT_MODE, jcaKeys.getPrivate(), OAEP);
        SecretKeySpec opened = new SecretKeySpec(unwrap.doFinal(wrapped), "AES");
        Cipher open = Cipher.getInstance("AES/GCM/NoPadding");
        open.init(Cipher.DECRYPT_MODE, opened, new GCMParameterSpec(128, iv));
        return open.doFinal(ciphertext);
    }

    @Benchmark
    public byte[] platformSignature() {
        return signatures.verify(signatures.sign(SIGNING, JwsAlgorithm.RS256, payload, false));
    }

    @Benchmark
    public boolean jcaSignature() throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(jcaKeys.getPrivate());
        signer.update(payload);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(jcaKeys.getPublic());
        verifier.update(payload);
        return verifier.verify(signature);
    }

    /** Runs the four benchmarks and prints each platform figure beside its JCA reference. */
    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include(KeysBenchmark.class.getName() + "\\.")
                        .build())
                .run();
        Map<String, Double> score = new java.util.HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            score.put(
                    name.substring(name.lastIndexOf('.') + 1),
                    result.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("keys module vs plain JCA (same run, ops/s, higher is better; target overhead < 10%)");
        report("envelope encrypt+decrypt (1 KiB)", score.get("platformEnvelope"), score.get("jcaEnvelope"));
        report("RS256 sign+verify (1 KiB)", score.get("platformSignature"), score.get("jcaSignature"));
    }

    private static void report(String operation, double platform, double jca) {
        double overhead = (jca / platform - 1) * 100;
        System.out.printf(
                "  %-34s platform %9.1f   JCA %9.1f   ratio %.3f   overhead %+.1f%% %s%n",
                operation,
                platform,
                jca,
                platform / jca,
                overhead,
                overhead < 10 ? "(meets target)" : "(MISSES target)");
    }
}
