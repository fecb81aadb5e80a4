package org.openfid.devices.trust;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * The folder holding the device keys and certificates as PEM files. Every file is written owner-only
 * (0600) and atomically (a temporary file moved into place), so a crash never leaves a half-written
 * key and no other local user can read a private key.
 */
final class KeyFolder {

    private final Path dir;

    KeyFolder(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            if (posix()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the device key folder " + dir, e);
        }
    }

    Path path(String name) {
        return dir.resolve(name);
    }

    boolean has(String name) {
        return Files.isRegularFile(path(name));
    }

    void write(String name, Object pemObject) {
        var text = new StringWriter();
        try (var writer = new JcaPEMWriter(text)) {
            writer.writeObject(pemObject);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var target = path(name);
        try {
            var temp = Files.createTempFile(dir, name, ".tmp");
            if (posix()) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, text.toString(), StandardCharsets.US_ASCII);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    X509Certificate readCertificate(String name) {
        var parsed = readPem(name);
        if (!(parsed instanceof X509CertificateHolder holder)) {
            throw new IllegalStateException(path(name) + " does not hold a certificate");
        }
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalStateException(path(name) + " holds an unreadable certificate", e);
        }
    }

    PrivateKey readPrivateKey(String name) {
        var parsed = readPem(name);
        try {
            var converter = new JcaPEMKeyConverter();
            if (parsed instanceof PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
            if (parsed instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
        } catch (IOException e) {
            throw new IllegalStateException(path(name) + " holds an unreadable private key", e);
        }
        throw new IllegalStateException(path(name) + " does not hold a private key");
    }

    private Object readPem(String name) {
        try (var parser = new PEMParser(new StringReader(Files.readString(path(name), StandardCharsets.US_ASCII)))) {
            var object = parser.readObject();
            if (object == null) {
                throw new IllegalStateException(path(name) + " holds no PEM object");
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path(name), e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
