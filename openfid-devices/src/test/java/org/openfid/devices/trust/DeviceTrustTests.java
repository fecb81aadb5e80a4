package org.openfid.devices.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.X509CertUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.junit.jupiter.api.Test;

/**
 * The device keys: created once, owner-only, chained to the provider CA (checked with the JDK's
 * PKIX validator), an FTM key for L1 devices only, the device key rotated when expired.
 */
class DeviceTrustTests {

    static final List<DeviceTrust.Device> DEVICES =
            List.of(new DeviceTrust.Device("slap", false), new DeviceTrust.Device("single", true));

    final Path dir = Path.of("target", "test-data", "device-trust-" + UUID.randomUUID());

    @Test
    void firstStartCreatesOwnerOnlyKeysThatLaterStartsReuse() throws Exception {
        var first = DeviceTrust.open(dir, DEVICES);
        var second = DeviceTrust.open(dir, DEVICES);

        try (var files = Files.list(dir)) {
            var names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names)
                    .containsExactly(
                            "provider-ca.crt",
                            "provider-ca.key",
                            "single-ftm.crt",
                            "single-ftm.key",
                            "single.crt",
                            "single.key",
                            "slap.crt",
                            "slap.key");
        }
        try (var files = Files.list(dir)) {
            for (var file : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .isEqualTo("rw-------");
            }
        }
        assertThat(second.providerCa()).isEqualTo(first.providerCa());
        assertThat(second.identity("slap").serialNo())
                .isEqualTo(first.identity("slap").serialNo());
        assertThat(second.identity("single").ftmKey())
                .isEqualTo(first.identity("single").ftmKey());
        assertThat(first.identity("slap").serialNo())
                .isNotEqualTo(first.identity("single").serialNo());
        assertThat(first.providerCa().getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(Files.readString(first.providerCaPath())).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void anL1DeviceHasAnFtmKeyAndADeviceKeyBothIssuedByTheProviderCa() throws Exception {
        var trust = DeviceTrust.open(dir, DEVICES);
        var single = trust.identity("single");
        var slap = trust.identity("slap");

        var ftm = single.ftmKey();
        assertThat(ftm).isNotNull();
        assertThat(single.digitalIdKey()).isSameAs(ftm);
        assertThat(ftm.certificate().getPublicKey())
                .isNotEqualTo(single.deviceKey().certificate().getPublicKey());
        assertThat(subjectSerial(ftm.certificate())).isEqualTo(single.serialNo());
        assertThat(subjectSerial(single.deviceKey().certificate())).isEqualTo(single.serialNo());
        pkix(single.chain(ftm), trust.providerCa());
        pkix(single.chain(single.deviceKey()), trust.providerCa());
        assertThat(ftm.certificate().getBasicConstraints()).isEqualTo(-1);
        assertThat(ftm.certificate().getKeyUsage()[0]).isTrue();
        assertThat(slap.ftmKey()).isNull();
        assertThat(slap.digitalIdKey()).isSameAs(slap.deviceKey());
        pkix(slap.chain(slap.deviceKey()), trust.providerCa());
    }

    @Test
    void anExpiredDeviceKeyIsReplacedUnderTheSameCaSerialAndFtmKey() throws Exception {
        var now = DeviceTrust.open(dir, DEVICES);
        var later = Clock.fixed(Instant.now().plus(Duration.ofDays(400)), ZoneOffset.UTC);

        var rotated = new DeviceTrust(dir, later, DEVICES);

        assertThat(rotated.providerCa()).isEqualTo(now.providerCa());
        for (var name : List.of("slap", "single")) {
            var before = now.identity(name);
            var after = rotated.identity(name);
            assertThat(after.serialNo()).isEqualTo(before.serialNo());
            assertThat(after.deviceKey().certificate())
                    .isNotEqualTo(before.deviceKey().certificate());
            after.deviceKey().certificate().verify(now.providerCa().getPublicKey());
        }
        assertThat(rotated.identity("single").ftmKey())
                .isEqualTo(now.identity("single").ftmKey());
    }

    @Test
    void aFolderFromBeforeFtmKeysGetsOneUnderTheDevicesSerial() {
        var old = DeviceTrust.open(dir, List.of(new DeviceTrust.Device("single", false)));

        var upgraded = DeviceTrust.open(dir, DEVICES);

        var single = upgraded.identity("single");
        assertThat(single.serialNo()).isEqualTo(old.identity("single").serialNo());
        assertThat(single.deviceKey()).isEqualTo(old.identity("single").deviceKey());
        assertThat(single.ftmKey()).isNotNull();
    }

    @Test
    void eachSignerPutsItsOwnChainInX5c() throws Exception {
        var single = DeviceTrust.open(dir, DEVICES).identity("single");
        var ftmKey = single.digitalIdKey();

        for (var key : List.of(ftmKey, single.deviceKey())) {
            var jws = JWSObject.parse(new DeviceSigner(single, key).sign("{\"a\":1}".getBytes()));

            var x5c = jws.getHeader().getX509CertChain();
            assertThat(x5c).hasSize(2);
            var leaf = X509CertUtils.parse(x5c.getFirst().decode());
            assertThat(leaf).isEqualTo(key.certificate());
            assertThat(X509CertUtils.parse(x5c.get(1).decode())).isEqualTo(single.providerCa());
            assertThat(jws.getHeader().getType().getType()).isEqualTo("JWT");
            assertThat(jws.verify(new RSASSAVerifier((RSAPublicKey) leaf.getPublicKey())))
                    .isTrue();
        }
    }

    /** The JDK's PKIX validation of a leaf-first chain ending with the trust anchor. */
    static void pkix(List<X509Certificate> chain, X509Certificate anchor) throws Exception {
        assertThat(chain.getLast()).isEqualTo(anchor);
        var path = CertificateFactory.getInstance("X.509").generateCertPath(chain.subList(0, chain.size() - 1));
        var parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(path, parameters);
    }

    private static String subjectSerial(X509Certificate certificate) {
        var subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return IETFUtils.valueToString(
                subject.getRDNs(BCStyle.SERIALNUMBER)[0].getFirst().getValue());
    }
}
