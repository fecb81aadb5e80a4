package org.openfid.devices.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The device keys: created once, owner-only, chained to the provider CA, rotated when expired. */
class DeviceTrustTests {

    final Path dir = Path.of("target", "test-data", "device-trust-" + UUID.randomUUID());

    @Test
    void firstStartCreatesOwnerOnlyKeysThatLaterStartsReuse() throws Exception {
        var first = DeviceTrust.open(dir, List.of("slap", "single"));
        var second = DeviceTrust.open(dir, List.of("slap", "single"));

        try (var files = Files.list(dir)) {
            var names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names)
                    .containsExactly(
                            "provider-ca.crt", "provider-ca.key", "single.crt", "single.key", "slap.crt", "slap.key");
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
        assertThat(first.identity("slap").serialNo())
                .isNotEqualTo(first.identity("single").serialNo());
        var slap = first.identity("slap");
        slap.certificate().verify(first.providerCa().getPublicKey());
        first.providerCa().verify(first.providerCa().getPublicKey());
        assertThat(first.providerCa().getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(slap.certificate().getBasicConstraints()).isEqualTo(-1);
        assertThat(Files.readString(first.providerCaPath())).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void anExpiredDeviceCertificateIsReplacedUnderTheSameCa() throws Exception {
        var now = DeviceTrust.open(dir, List.of("slap"));
        var later = Clock.fixed(Instant.now().plus(Duration.ofDays(400)), ZoneOffset.UTC);

        var rotated = new DeviceTrust(dir, later, List.of("slap"));

        assertThat(rotated.providerCa()).isEqualTo(now.providerCa());
        assertThat(rotated.identity("slap").serialNo())
                .isNotEqualTo(now.identity("slap").serialNo());
        rotated.identity("slap").certificate().verify(now.providerCa().getPublicKey());
    }

    @Test
    void theSignerPutsTheChainInX5c() throws Exception {
        var trust = DeviceTrust.open(dir, List.of("slap"));
        var signer = new DeviceSigner(trust.identity("slap"));

        var jws = com.nimbusds.jose.JWSObject.parse(signer.sign("{\"a\":1}".getBytes()));

        assertThat(jws.getHeader().getX509CertChain()).hasSize(2);
        assertThat(jws.getHeader().getType().getType()).isEqualTo("JWT");
        assertThat(jws.verify(new com.nimbusds.jose.crypto.RSASSAVerifier((java.security.interfaces.RSAPublicKey)
                        trust.identity("slap").certificate().getPublicKey())))
                .isTrue();
    }
}
