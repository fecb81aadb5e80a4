package org.openfid.bench.enrolment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The demo machine's RSA key pairs (signing, and the encryption key master data wants for data sent
 * to the machine), kept as PKCS#8 PEM files readable by the owner only and generated once, so the
 * machine's registration in master data stays valid across runs.
 */
final class StationKeys {

    private StationKeys() {}

    /** The key pair in {@code file}, generated and written (mode 600) when the file does not exist. */
    static KeyPair loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write(file, pair.getPrivate());
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot make or read RSA keys", e);
        } catch (FileAlreadyExistsException e) {
            return loadOrCreate(file); // another run made it first
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the machine key in " + file, e);
        }
    }

    /** {@code -----BEGIN PUBLIC KEY-----} PEM, the form master data stores. */
    static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    private static void write(Path file, PrivateKey key) throws IOException {
        Files.createDirectories(file.getParent());
        var ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        Files.createFile(file, ownerOnly);
        Files.writeString(file, pem("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
    }

    private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
        String text = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey key =
                rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new GeneralSecurityException("The machine key in " + file + " is not an RSA CRT key");
        }
        PublicKey pub = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        return new KeyPair(pub, key);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
