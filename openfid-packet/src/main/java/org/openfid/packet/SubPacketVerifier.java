package org.openfid.packet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openfid.packet.layout.PacketFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The checks of one sub-packet: its info file, encrypted hash, signature, files and hash files. */
final class SubPacketVerifier {

    private final OuterLayout layout;
    private final SubPacket sub;
    private final String where;
    private final Problems problems;
    private byte @Nullable [] signature;

    SubPacketVerifier(OuterLayout layout, SubPacket sub, Problems problems) {
        this.layout = layout;
        this.sub = sub;
        this.where = sub.fileName();
        this.problems = problems;
    }

    /** {@code <rid>_<sub>.json} agrees with the layout and the encrypted bytes. */
    boolean checkInfo(byte[] infoBytes, byte[] encrypted, String referenceId) {
        JsonNode info = json(infoBytes, where + ".json", ProblemCode.INFO_INVALID);
        if (info == null) {
            return false;
        }
        int before = problems.count();
        expect(info, "id", layout.rid());
        expect(info, "packetname", layout.rid() + "_" + sub.fileName());
        expect(info, "process", layout.process().mosipName());
        expect(info, "source", PacketFiles.SOURCE);
        if (info.hasNonNull("refid")) {
            expect(info, "refid", referenceId);
        }
        byte[] hash = base64(info, "encryptedhash");
        if (hash != null && !MessageDigest.isEqual(hash, PacketFiles.sha256(encrypted))) {
            problems.add(
                    ProblemCode.ENCRYPTED_HASH_MISMATCH,
                    where,
                    "SHA-256 of the encrypted sub-packet differs from encryptedhash");
        }
        signature = base64(info, "signature");
        return problems.count() == before;
    }

    /** The machine's signature over the plain zip. */
    boolean checkSignature(byte[] plain, PublicKey machineKey) {
        try {
            Signature verifier = Signature.getInstance(JcaPacketSigner.ALGORITHM);
            verifier.initVerify(machineKey);
            verifier.update(plain);
            if (signature != null && verifier.verify(signature)) {
                return true;
            }
        } catch (GeneralSecurityException e) {
            // a malformed signature or an unusable key: the signature does not verify
        }
        problems.add(ProblemCode.SIGNATURE_INVALID, where, "The machine signature over the sub-packet does not verify");
        return false;
    }

    /** Required files, hash sequences and hash files. */
    boolean checkFiles(Map<String, byte[]> files) {
        int before = problems.count();
        JsonNode meta = files.containsKey(PacketFiles.META_INFO)
                ? json(
                        files.get(PacketFiles.META_INFO),
                        where + "/" + PacketFiles.META_INFO,
                        ProblemCode.META_INFO_INVALID)
                : missing(PacketFiles.META_INFO);
        if (!files.containsKey(PacketFiles.ID_JSON)) {
            missing(PacketFiles.ID_JSON);
        }
        if (sub == SubPacket.ID && !files.containsKey(PacketFiles.AUDIT)) {
            missing(PacketFiles.AUDIT);
        }
        if (meta == null) {
            return false;
        }
        JsonNode identity = meta.path("identity");
        var covered = new HashSet<String>(Set.of(PacketFiles.META_INFO, PacketFiles.DATA_HASH));
        checkHash(files, sequence(identity.path("hashSequence1"), files, covered), PacketFiles.DATA_HASH);
        if (sub == SubPacket.ID) {
            covered.add(PacketFiles.OPERATIONS_HASH);
            checkHash(files, sequence(identity.path("hashSequence2"), files, covered), PacketFiles.OPERATIONS_HASH);
        }
        for (String name : files.keySet()) {
            if (!covered.contains(name)) {
                problems.add(
                        ProblemCode.FILE_UNEXPECTED,
                        where + "/" + name,
                        "No hash sequence of this sub-packet covers it");
            }
        }
        if (!identity.path("registrationId").asString("").equals(layout.rid())) {
            problems.add(
                    ProblemCode.META_INFO_INVALID,
                    where + "/" + PacketFiles.META_INFO,
                    "registrationId differs from the packet's RID");
        }
        return problems.count() == before;
    }

    private List<byte[]> sequence(JsonNode sequences, Map<String, byte[]> files, Set<String> covered) {
        var parts = new ArrayList<byte[]>();
        if (!sequences.isArray()) {
            problems.add(
                    ProblemCode.META_INFO_INVALID, where + "/" + PacketFiles.META_INFO, "Hash sequence is missing");
            return parts;
        }
        for (JsonNode sequence : sequences) {
            for (JsonNode key : sequence.path("value")) {
                String file = resolve(key.asString(""), files);
                if (file == null) {
                    problems.add(
                            ProblemCode.FILE_MISSING,
                            where + "/" + key.asString(""),
                            "Named in a hash sequence but absent");
                } else if (!covered.add(file)) {
                    problems.add(
                            ProblemCode.META_INFO_INVALID, where + "/" + file, "Named twice in the hash sequences");
                } else {
                    parts.add(files.get(file));
                }
            }
        }
        return parts;
    }

    private static @Nullable String resolve(String key, Map<String, byte[]> files) {
        String found = null;
        for (String name : files.keySet()) {
            if (PacketFiles.sequenceKey(name).equals(key)) {
                if (found != null) {
                    return null;
                }
                found = name;
            }
        }
        return found;
    }

    private void checkHash(Map<String, byte[]> files, List<byte[]> parts, String hashFile) {
        byte[] stored = files.get(hashFile);
        if (stored == null) {
            missing(hashFile);
            return;
        }
        String expected = PacketFiles.sha256Hex(parts);
        if (!expected.equalsIgnoreCase(new String(stored, StandardCharsets.US_ASCII).strip())) {
            problems.add(
                    ProblemCode.HASH_MISMATCH, where + "/" + hashFile, "Does not match the files of its hash sequence");
        }
    }

    private @Nullable JsonNode missing(String file) {
        problems.add(ProblemCode.FILE_MISSING, where + "/" + file, "Required in the " + where + " sub-packet");
        return null;
    }

    private void expect(JsonNode info, String field, String expected) {
        if (!expected.equals(info.path(field).asString(""))) {
            problems.add(ProblemCode.INFO_INVALID, where + ".json", field + " must be " + expected);
        }
    }

    private byte @Nullable [] base64(JsonNode info, String field) {
        try {
            return Base64.getUrlDecoder().decode(info.path(field).asString(""));
        } catch (IllegalArgumentException e) {
            problems.add(ProblemCode.INFO_INVALID, where + ".json", field + " is not base64url");
            return null;
        }
    }

    private @Nullable JsonNode json(byte[] bytes, String place, ProblemCode code) {
        try {
            JsonNode node = PacketFiles.JSON.readTree(bytes);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JacksonException e) {
            // reported below, without the parser's message (it may quote content)
        }
        problems.add(code, place, "Not a JSON object");
        return null;
    }
}
