package org.openfid.identity.draft;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.openfid.identity.IdentityDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plaintext of a sealed draft: a version byte, the identity JSON, then each document's category
 * and raw bytes. Documents used to be base64 strings inside one JSON value; an enrolment draft carries
 * a megabyte or two of finger images, and encoding, escaping and decoding them twice per enrolment was
 * a measurable share of its cost. Drafts sealed in the older JSON form (a plaintext starting with
 * {@code {}) are still read, so a draft in flight across an upgrade is not lost.
 */
final class DraftFormat {

    /** The content of a draft. */
    record Content(ObjectNode identity, List<IdentityDocument> documents) {}

    static final byte VERSION = 1;
    private static final byte LEGACY_JSON = '{';

    private DraftFormat() {}

    static byte[] write(JsonMapper json, ObjectNode identity, List<IdentityDocument> documents) {
        byte[] identityBytes = json.writeValueAsBytes(identity);
        long size = 16L + identityBytes.length;
        for (IdentityDocument document : documents) {
            size += 8L + document.category().length() * 3L + document.content().length;
        }
        var out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, size));
        try (var data = new DataOutputStream(out)) {
            data.writeByte(VERSION);
            data.writeInt(identityBytes.length);
            data.write(identityBytes);
            data.writeInt(documents.size());
            for (IdentityDocument document : documents) {
                data.writeUTF(document.category());
                data.writeInt(document.content().length);
                data.write(document.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Content read(JsonMapper json, byte[] plain) {
        if (plain.length > 0 && plain[0] == LEGACY_JSON) {
            return legacy(json, plain);
        }
        try (var data = new DataInputStream(new ByteArrayInputStream(plain))) {
            byte version = data.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("Unknown draft format " + version);
            }
            ObjectNode identity = (ObjectNode) json.readTree(bytes(data));
            int count = data.readInt();
            List<IdentityDocument> documents = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String category = data.readUTF();
                documents.add(new IdentityDocument(category, bytes(data)));
            }
            return new Content(identity, documents);
        } catch (IOException e) {
            throw new IllegalStateException("A sealed draft is truncated", e);
        }
    }

    /** A length-prefixed byte string, refusing a length beyond what is left. */
    private static byte[] bytes(DataInputStream data) throws IOException {
        int length = data.readInt();
        if (length < 0 || length > data.available()) {
            throw new IOException("Length " + length + " beyond the end");
        }
        byte[] bytes = new byte[length];
        data.readFully(bytes);
        return bytes;
    }

    private static Content legacy(JsonMapper json, byte[] plain) {
        JsonNode node = json.readTree(plain);
        List<IdentityDocument> documents = new ArrayList<>();
        node.get("documents")
                .forEach(d -> documents.add(new IdentityDocument(
                        d.get("category").asString(),
                        Base64.getDecoder().decode(d.get("value").asString()))));
        return new Content((ObjectNode) node.get("identity"), documents);
    }
}
