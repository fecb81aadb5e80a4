package org.openfid.packet.layout;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import tools.jackson.databind.json.JsonMapper;

/** File names, date formats, JSON and hashing shared by the packet writer and reader. */
public final class PacketFiles {

    public static final String ID_JSON = "ID.json";
    public static final String META_INFO = "packet_meta_info.json";
    public static final String DATA_HASH = "packet_data_hash.txt";
    public static final String OPERATIONS_HASH = "packet_operations_hash.txt";
    public static final String AUDIT = "audit.json";
    public static final String OFFICER_CBEFF = "officer_bio_cbeff.xml";
    public static final String SUPERVISOR_CBEFF = "supervisor_bio_cbeff.xml";
    public static final String BIO_SUFFIX = "_bio_CBEFF";
    /** The outer folder of packets written by a registration station. */
    public static final String SOURCE = "REGISTRATION_CLIENT";

    public static final String PROVIDER_NAME = "PacketWriterImpl";
    public static final String PROVIDER_VERSION = "v1.0";

    /** {@code creationdate} of the sub-packet info and {@code creationDate} of the meta info. */
    public static final DateTimeFormatter CREATION_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    /** The time stamp of the upload file name. */
    public static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private PacketFiles() {}

    /** The name without its extension, as hash sequences name files. */
    public static String key(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    /**
     * The name a hash sequence gives a file: the name without extension, except the operator CBEFF
     * files, which MOSIP's writer names {@code officer} and {@code supervisor}.
     */
    public static String sequenceKey(String fileName) {
        return switch (fileName) {
            case OFFICER_CBEFF -> "officer";
            case SUPERVISOR_CBEFF -> "supervisor";
            default -> key(fileName);
        };
    }

    /** Upper-case hex SHA-256 of the concatenated parts (the hash files' content). */
    public static String sha256Hex(Iterable<byte[]> parts) {
        MessageDigest digest = sha256();
        parts.forEach(digest::update);
        return HexFormat.of().withUpperCase().formatHex(digest.digest());
    }

    public static byte[] sha256(byte[] data) {
        return sha256().digest(data);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code IDSchemaVersion} as MOSIP writes it: a JSON number when the version is numeric. */
    public static Object schemaVersionValue(String version) {
        try {
            return new BigDecimal(version);
        } catch (NumberFormatException e) {
            return version;
        }
    }
}
