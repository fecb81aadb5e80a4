package org.openfid.devices;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.concurrent.CountDownLatch;
import org.openfid.devices.capture.ImageFormat;

/**
 * {@code ./openfid devices start [--seed S] [--person N] [--port P] [--ida-cert FILE] [--env E]
 * [--data DIR] [--image-format png|jp2]}: runs the software devices until Ctrl-C, printing where they listen and the provider
 * CA certificate a server must register to trust them.
 */
public final class DevicesCommand {

    static final String USAGE = """
            Usage: ./openfid devices start [--seed S] [--person N] [--port P] [--ida-cert FILE] [--env E] [--data DIR] [--image-format png|jp2]
              --seed S        synthetic population seed (default 1)
              --person N      record number of the synthetic person at the devices (default 0)
              --port P        port on 127.0.0.1 (default: first free of 4501-4600)
              --ida-cert FILE ID authentication encryption certificate (PEM or DER); needed by CAPTURE
              --env E         Staging, Developer (default), Pre-Production or Production
              --data DIR      folder of the device keys (default ~/.openfid-devices)
              --image-format F  png (default, lossless) or jp2 (JPEG 2000 lossy, as MOSIP's devices)""";

    private DevicesCommand() {}

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            // one line per event: time, level, message (the JDK default takes two lines)
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %5$s%6$s%n");
        }
        DeviceSettings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("openfid devices: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        var server = DeviceServer.start(settings);
        server.prepareInBackground();
        describe(server, settings, System.out);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    static void describe(DeviceServer server, DeviceSettings settings, PrintStream out) {
        out.println("OpenFID software devices (SBI 0.9.5) listening on " + server.uri());
        out.println("  device 1: slap scanner, Registration (RCAPTURE), deviceSubId 1 left, 2 right, 3 thumbs");
        out.println("  device 2: single-finger scanner, Auth (CAPTURE), deviceSubId 0");
        out.println("  synthetic person " + server.person() + " of seed " + settings.seed() + ", env " + settings.env()
                + ", " + settings.imageFormat().option() + " images");
        out.println("  provider CA certificate (register it to trust the devices): " + server.providerCaPath());
        out.println(
                settings.idaCertificate() == null
                        ? "  no --ida-cert: CAPTURE answers SBI 108 (domain public key missing)"
                        : "  CAPTURE encrypts for "
                                + settings.idaCertificate()
                                        .getSubjectX500Principal()
                                        .getName());
        out.println("Ctrl-C stops the devices.");
    }

    /** The settings these arguments give; IllegalArgumentException with the reason when they are wrong. */
    static DeviceSettings parse(String[] args) {
        var words =
                args.length > 0 && args[0].equals("start") ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        var settings = DeviceSettings.defaults(Path.of(System.getProperty("user.home"), ".openfid-devices"));
        for (int i = 0; i < words.length; i += 2) {
            if (i + 1 >= words.length) {
                throw new IllegalArgumentException("missing value after " + words[i]);
            }
            var value = words[i + 1];
            settings = switch (words[i]) {
                case "--seed" -> settings.withSeed(number(words[i], value));
                case "--person" -> settings.withPerson(number(words[i], value));
                case "--port" -> settings.withPort((int) number(words[i], value));
                case "--ida-cert" -> settings.withIdaCertificate(certificate(Path.of(value)));
                case "--env" -> settings.withEnv(value);
                case "--data" -> settings.withDataDir(Path.of(value));
                case "--image-format" ->
                    settings.withImageFormat(ImageFormat.ofOption(value)
                            .orElseThrow(
                                    () -> new IllegalArgumentException("--image-format is png or jp2, not " + value)));
                default -> throw new IllegalArgumentException("unknown option " + words[i]);
            };
        }
        return settings;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not " + value);
        }
    }

    static X509Certificate certificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException("cannot read an X.509 certificate from " + file);
        }
    }
}
