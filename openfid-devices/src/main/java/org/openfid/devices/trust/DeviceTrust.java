package org.openfid.devices.trust;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The keys and certificates of the software devices, kept in a folder across restarts: a self-made
 * device provider CA and, per device, a device key and (for an L1 device) an FTM key, each with a
 * certificate that CA issued. A server trusts
 * the devices by registering {@link #providerCaPath()}; docs/adr/0011 explains why this CA is for
 * development only.
 *
 * <p>On first start everything is generated; later starts load the files. A device certificate that
 * has expired (or expires within a day) is replaced with a new key under the same serial number, the
 * rotation real devices do; the FTM key lives as long as the CA, and the CA is never replaced
 * silently, because servers have registered it.
 */
public final class DeviceTrust {

    static final String CA_CERT = "provider-ca.crt";
    static final String CA_KEY = "provider-ca.key";
    static final String FTM_SUFFIX = "-ftm";
    private static final String ORGANISATION = "OpenFID development devices (not for production)";
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration DEVICE_VALIDITY = Duration.ofDays(365);

    private final KeyFolder folder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final X509Certificate caCertificate;
    private final PrivateKey caKey;
    private final Map<String, DeviceIdentity> identities = new LinkedHashMap<>();

    DeviceTrust(Path dir, Clock clock, List<Device> devices) {
        this.folder = new KeyFolder(dir);
        this.clock = clock;
        if (!folder.has(CA_CERT) || !folder.has(CA_KEY)) {
            createCa();
        }
        this.caCertificate = folder.readCertificate(CA_CERT);
        this.caKey = folder.readPrivateKey(CA_KEY);
        for (var device : devices) {
            identities.put(device.name(), load(device));
        }
    }

    /**
     * A device whose keys the folder holds.
     *
     * @param name used in file names: {@code <name>.key}/{@code .crt} (device key),
     *     {@code <name>-ftm.key}/{@code .crt} (FTM key)
     * @param ftm whether the device has an FTM key (L1) or signs its digital id with the device key (L0)
     */
    public record Device(String name, boolean ftm) {}

    /**
     * Opens the key folder, creating the CA and the named devices' keys that are missing.
     *
     * @param dir the folder (created with owner-only access if absent)
     * @param devices the devices
     */
    public static DeviceTrust open(Path dir, List<Device> devices) {
        return new DeviceTrust(dir, Clock.systemUTC(), devices);
    }

    /** The provider CA certificate a server registers to trust these devices. */
    public X509Certificate providerCa() {
        return caCertificate;
    }

    /** Where the provider CA certificate (PEM) is. */
    public Path providerCaPath() {
        return folder.path(CA_CERT);
    }

    /** The identity of a device named when opening. */
    public DeviceIdentity identity(String device) {
        var identity = identities.get(device);
        if (identity == null) {
            throw new IllegalArgumentException("No keys for device " + device);
        }
        return identity;
    }

    private void createCa() {
        var pair = newKeyPair();
        var name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "OpenFID development device provider CA")
                .addRDN(BCStyle.O, ORGANISATION)
                .build();
        var now = clock.instant();
        var certificate = sign(
                builder(name, name, pair.getPublic(), now, CA_VALIDITY), pair.getPrivate(), pair.getPublic(), true);
        folder.write(CA_KEY, pair.getPrivate());
        folder.write(CA_CERT, certificate);
    }

    /**
     * The device's keys: the FTM key is permanent (replaced only when missing or not from this CA)
     * and fixes the serial number; the device key is reissued when expired, keeping the serial.
     */
    private DeviceIdentity load(Device device) {
        var previous = existing(device.name(), false);
        SigningKey ftm = null;
        if (device.ftm()) {
            ftm = existing(device.name() + FTM_SUFFIX, true)
                    .orElseGet(() -> issue(
                            device.name() + FTM_SUFFIX,
                            "OpenFID " + device.name() + " FTM",
                            previous.map(DeviceTrust::serialOf).orElseGet(this::newSerialNo),
                            ftmValidity()));
        }
        var serialNo = ftm != null
                ? serialOf(ftm)
                : previous.map(DeviceTrust::serialOf).orElseGet(this::newSerialNo);
        var deviceKey = previous.filter(key -> stillValid(key) && serialOf(key).equals(serialNo))
                .orElseGet(() -> issue(device.name(), "OpenFID " + device.name(), serialNo, DEVICE_VALIDITY));
        return new DeviceIdentity(serialNo, deviceKey, ftm, caCertificate);
    }

    /** The key and certificate under this name when both exist and this CA issued them. */
    private Optional<SigningKey> existing(String name, boolean mustBeValid) {
        var certName = name + ".crt";
        var keyName = name + ".key";
        if (!folder.has(certName) || !folder.has(keyName)) {
            return Optional.empty();
        }
        var key = new SigningKey(folder.readPrivateKey(keyName), folder.readCertificate(certName));
        var ours = key.certificate().getIssuerX500Principal().equals(caCertificate.getSubjectX500Principal());
        return ours && (!mustBeValid || stillValid(key)) ? Optional.of(key) : Optional.empty();
    }

    private boolean stillValid(SigningKey key) {
        return key.certificate()
                .getNotAfter()
                .toInstant()
                .isAfter(clock.instant().plus(Duration.ofDays(1)));
    }

    /** An FTM certificate lasts as long as the CA: the FTM key is never rotated. */
    private Duration ftmValidity() {
        var left = Duration.between(clock.instant(), caCertificate.getNotAfter().toInstant());
        return left.isNegative() ? Duration.ofDays(1) : left;
    }

    private SigningKey issue(String name, String commonName, String serialNo, Duration validity) {
        var pair = newKeyPair();
        var subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, commonName)
                .addRDN(BCStyle.SERIALNUMBER, serialNo)
                .addRDN(BCStyle.O, ORGANISATION)
                .build();
        var issuer =
                X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded());
        var certificate = sign(
                builder(issuer, subject, pair.getPublic(), clock.instant(), validity), caKey, pair.getPublic(), false);
        folder.write(name + ".key", pair.getPrivate());
        folder.write(name + ".crt", certificate);
        return new SigningKey(pair.getPrivate(), certificate);
    }

    private X509v3CertificateBuilder builder(
            X500Name issuer, X500Name subject, PublicKey key, Instant from, Duration validity) {
        var serial = new BigInteger(127, random).add(BigInteger.ONE);
        return new JcaX509v3CertificateBuilder(
                issuer,
                serial,
                Date.from(from.minus(Duration.ofMinutes(5))),
                Date.from(from.plus(validity)),
                subject,
                key);
    }

    private X509Certificate sign(
            X509v3CertificateBuilder builder, PrivateKey signer, PublicKey subjectKey, boolean ca) {
        try {
            var extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
            if (!ca) {
                builder.addExtension(
                        Extension.authorityKeyIdentifier,
                        false,
                        extensions.createAuthorityKeyIdentifier(caCertificate));
            }
            var contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(signer);
            return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
        } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot issue a device certificate", e);
        }
    }

    private KeyPair newKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    private String newSerialNo() {
        var digits = new StringBuilder().append(1 + random.nextInt(9));
        while (digits.length() < 12) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static String serialOf(SigningKey key) {
        var subject =
                X500Name.getInstance(key.certificate().getSubjectX500Principal().getEncoded());
        var rdns = subject.getRDNs(BCStyle.SERIALNUMBER);
        if (rdns.length == 0) {
            throw new IllegalStateException("The device certificate has no serial number");
        }
        return IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
