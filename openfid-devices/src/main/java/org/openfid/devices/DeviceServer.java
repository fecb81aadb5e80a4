package org.openfid.devices;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.openfid.biosdk.FingerprintQuality;
import org.openfid.devices.capture.BioEncryption;
import org.openfid.devices.capture.FingerCapturer;
import org.openfid.devices.capture.FingerScanner;
import org.openfid.devices.sbi.SbiService;
import org.openfid.devices.trust.DeviceTrust;

/**
 * The software fingerprint devices (a slap scanner for registration and a single-finger scanner for
 * authentication) serving MOSIP's SBI protocol on 127.0.0.1, capturing the fingers of a synthetic
 * person. Start it from the command line ({@code ./openfid devices start}), from tests or from the
 * station, and close it to free the port.
 *
 * <p>Each request runs on its own virtual thread, so discovery and info answer while a capture runs
 * (reporting the capturing device as Busy) and a second capture on the same device gets SBI 111.
 */
public final class DeviceServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService executor;
    private final DeviceTrust trust;
    private final FingerCapturer capturer;
    private final long seed;

    private DeviceServer(
            HttpServer http, ExecutorService executor, DeviceTrust trust, FingerCapturer capturer, long seed) {
        this.http = http;
        this.executor = executor;
        this.trust = trust;
        this.capturer = capturer;
        this.seed = seed;
    }

    /**
     * Creates or loads the device keys, binds 127.0.0.1 and starts serving.
     *
     * @throws IllegalStateException when no port of the SBI range is free (or the given port is taken)
     */
    public static DeviceServer start(DeviceSettings settings) {
        var trust = DeviceTrust.open(
                settings.dataDir(),
                Arrays.stream(FingerScanner.values())
                        .map(scanner -> new DeviceTrust.Device(scanner.keyName(), scanner.hasFtm()))
                        .toList());
        var clock = Clock.systemUTC();
        var quality = new FingerprintQuality();
        var capturer = new FingerCapturer(
                SyntheticPeople.subject(settings.seed(), settings.person()),
                image -> quality.assess(image).score(),
                settings.imageFormat(),
                clock);
        var encryption = settings.idaCertificate() == null ? null : new BioEncryption(settings.idaCertificate());
        var http = bind(settings.port());
        var callbackId = "http://127.0.0.1:" + http.getAddress().getPort() + "/";
        http.createContext("/", SbiService.handler(trust, capturer, settings.env(), callbackId, encryption, clock));
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        http.setExecutor(executor);
        http.start();
        return new DeviceServer(http, executor, trust, capturer, settings.seed());
    }

    /** The port on 127.0.0.1. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The base URL SBI clients call: {@code http://127.0.0.1:<port>/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** The device provider CA certificate a server registers to trust these devices. */
    public X509Certificate providerCa() {
        return trust.providerCa();
    }

    /** Where that certificate is (PEM). */
    public Path providerCaPath() {
        return trust.providerCaPath();
    }

    /** The record number of the synthetic person now at the devices. */
    public long person() {
        return capturer.subject().person();
    }

    /** Puts another synthetic person (of the same population) at the devices. */
    public void present(long person) {
        if (person < 0) {
            throw new IllegalArgumentException("A person is a non-negative record number");
        }
        capturer.present(SyntheticPeople.subject(seed, person));
    }

    /**
     * Generates the current person's master fingers in the background, so that the first capture is
     * as fast as the next ones; captures meanwhile simply wait for the fingers they need.
     */
    public void prepareInBackground() {
        var subject = capturer.subject();
        executor.execute(subject::prepare);
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    private static HttpServer bind(@Nullable Integer port) {
        InetAddress loopback;
        try {
            loopback = InetAddress.getByName("127.0.0.1");
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        int first = port == null ? DeviceSettings.FIRST_PORT : port;
        int last = port == null ? DeviceSettings.LAST_PORT : port;
        for (int candidate = first; candidate <= last; candidate++) {
            try {
                return HttpServer.create(new InetSocketAddress(loopback, candidate), 50);
            } catch (BindException e) {
                // taken: try the next port of the range
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException(
                port == null
                        ? "No free port on 127.0.0.1 in " + DeviceSettings.FIRST_PORT + "-" + DeviceSettings.LAST_PORT
                        : "Port " + port + " on 127.0.0.1 is taken");
    }
}
