package org.openfid.keys.vault;

import java.security.GeneralSecurityException;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;

/**
 * Reuses JCA engine objects (ciphers, MACs) of the JDK's own providers. {@code Cipher.getInstance}
 * and {@code Mac.getInstance} look the provider up and check it on every call, which on the
 * authentication path (seven engines per request) cost as much as the AES work they then did. An
 * engine is taken for one operation and given back only when that operation succeeded: the next
 * operation's {@code init} resets it, and one that failed is dropped so no state can carry over.
 * The pool never holds more engines than were in use at once. Engines of an HSM provider are never
 * pooled: they belong to a token session.
 *
 * @param <T> the engine type
 */
public final class EnginePool<T> {

    /** Makes a new engine when none is idle. */
    @FunctionalInterface
    public interface Factory<T> {
        T create() throws GeneralSecurityException;
    }

    /** One operation with an engine (initialise it, then use it). */
    @FunctionalInterface
    public interface Operation<T, R> {
        R apply(T engine) throws GeneralSecurityException;
    }

    private final Factory<T> factory;
    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();

    public EnginePool(Factory<T> factory) {
        this.factory = factory;
    }

    /** A pool of default-provider ciphers for {@code transformation}. */
    public static EnginePool<Cipher> ciphers(String transformation) {
        return new EnginePool<>(() -> Cipher.getInstance(transformation));
    }

    /** Runs {@code operation} with an idle engine or a new one. */
    public <R> R use(Operation<T, R> operation) throws GeneralSecurityException {
        T engine = idle.poll();
        if (engine == null) {
            engine = factory.create();
        }
        R result = operation.apply(engine);
        idle.offer(engine);
        return result;
    }

    /** Engines idle now (for tests). */
    int idle() {
        return idle.size();
    }
}
