package org.openfid.bench.authentication;

import java.lang.management.ManagementFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * The raw cost of the cryptography every authentication needs and nothing else: one RSA-OAEP-SHA256
 * decryption (the partner's session key) and one RSA-2048 SHA256withRSA signature (the response), on
 * one thread, with the JDK providers the platform's PKCS#12 vault uses. Measured in CPU time of that
 * thread, so it is a ceiling in transactions per CPU-second, comparable with the server's own figure
 * on the same machine in the same run.
 */
final class CryptoCeiling {

    private static final OAEPParameterSpec OAEP =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private CryptoCeiling() {}

    /**
     * @param perCpuSecond decrypt+sign pairs per CPU-second of one thread
     * @param decryptMicros CPU microseconds of one decryption
     * @param signMicros CPU microseconds of one signature
     */
    record Result(double perCpuSecond, double decryptMicros, double signMicros) {}

    /** Warms up, then measures for about {@code seconds} of CPU time. */
    static Result measure(double seconds) throws Exception {
        KeyPair keys = PartnerSetup.rsa();
        Cipher wrap = Cipher.getInstance("RSA/ECB/OAEPPadding");
        wrap.init(Cipher.ENCRYPT_MODE, keys.getPublic(), OAEP);
        byte[] sessionKey = new byte[32];
        new SecureRandom().nextBytes(sessionKey);
        byte[] wrapped = wrap.doFinal(sessionKey);
        byte[] response = new byte[300];
        run(keys, wrapped, response, 0.5);
        double decrypt = perOperation(() -> decrypt(keys, wrapped), seconds / 2);
        double sign = perOperation(() -> sign(keys, response), seconds / 2);
        return new Result(1e9 / (decrypt + sign), decrypt / 1e3, sign / 1e3);
    }

    private static void run(KeyPair keys, byte[] wrapped, byte[] response, double seconds) throws Exception {
        long end = cpu() + (long) (seconds * 1e9);
        while (cpu() < end) {
            decrypt(keys, wrapped);
            sign(keys, response);
        }
    }

    @FunctionalInterface
    private interface Operation {
        void run() throws Exception;
    }

    /** CPU nanoseconds per operation. */
    private static double perOperation(Operation operation, double seconds) throws Exception {
        long start = cpu();
        long end = start + (long) (seconds * 1e9);
        long count = 0;
        while (cpu() < end) {
            for (int i = 0; i < 20; i++) {
                operation.run();
            }
            count += 20;
        }
        return (cpu() - start) / (double) count;
    }

    private static void decrypt(KeyPair keys, byte[] wrapped) throws Exception {
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        cipher.init(Cipher.DECRYPT_MODE, keys.getPrivate(), OAEP);
        cipher.doFinal(wrapped);
    }

    private static void sign(KeyPair keys, byte[] data) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update(data);
        signature.sign();
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
