package org.openfid.devices;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openfid.devices.capture.ImageFormat;

/**
 * How to run the software devices.
 *
 * @param dataDir the folder of the device keys and certificates (created on first start)
 * @param seed the synthetic population's seed (also its fingers' seed)
 * @param person the record number of the synthetic person whose fingers the devices capture
 * @param port the port on 127.0.0.1; null for the first free one of the SBI range 4501-4600, 0 for
 *     any free port (tests)
 * @param idaCertificate the ID authentication server's encryption certificate ({@code IDA-FIR});
 *     without it CAPTURE answers SBI 108 (domain public key missing)
 * @param env the environment the devices are registered for: Staging, Developer, Pre-Production or
 *     Production
 * @param imageFormat how the ISO records compress the finger images (PNG by default)
 */
public record DeviceSettings(
        Path dataDir,
        long seed,
        long person,
        @Nullable Integer port,
        @Nullable X509Certificate idaCertificate,
        String env,
        ImageFormat imageFormat) {

    /** The SBI port range a client scans. */
    public static final int FIRST_PORT = 4501;

    public static final int LAST_PORT = 4600;

    private static final Set<String> ENVIRONMENTS = Set.of("Staging", "Developer", "Pre-Production", "Production");

    public DeviceSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(imageFormat, "imageFormat");
        if (seed < 0 || person < 0) {
            throw new IllegalArgumentException("The seed and the person are non-negative numbers");
        }
        if (port != null && (port < 0 || port > 65535)) {
            throw new IllegalArgumentException("Not a port: " + port);
        }
        if (!ENVIRONMENTS.contains(env)) {
            throw new IllegalArgumentException("env is one of " + ENVIRONMENTS + ", not " + env);
        }
    }

    /** Seed 1, person 0, the first free SBI port, no IDA certificate, env Developer, PNG images. */
    public static DeviceSettings defaults(Path dataDir) {
        return new DeviceSettings(dataDir, 1, 0, null, null, "Developer", ImageFormat.PNG);
    }

    public DeviceSettings withSeed(long newSeed) {
        return new DeviceSettings(dataDir, newSeed, person, port, idaCertificate, env, imageFormat);
    }

    public DeviceSettings withPerson(long newPerson) {
        return new DeviceSettings(dataDir, seed, newPerson, port, idaCertificate, env, imageFormat);
    }

    public DeviceSettings withPort(@Nullable Integer newPort) {
        return new DeviceSettings(dataDir, seed, person, newPort, idaCertificate, env, imageFormat);
    }

    public DeviceSettings withIdaCertificate(@Nullable X509Certificate certificate) {
        return new DeviceSettings(dataDir, seed, person, port, certificate, env, imageFormat);
    }

    public DeviceSettings withDataDir(Path newDataDir) {
        return new DeviceSettings(newDataDir, seed, person, port, idaCertificate, env, imageFormat);
    }

    public DeviceSettings withImageFormat(ImageFormat newFormat) {
        return new DeviceSettings(dataDir, seed, person, port, idaCertificate, env, newFormat);
    }

    public DeviceSettings withEnv(String newEnv) {
        return new DeviceSettings(dataDir, seed, person, port, idaCertificate, newEnv, imageFormat);
    }
}
