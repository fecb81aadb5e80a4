package org.openfid.spi.biometrics.cbeff;

import java.util.Objects;
import org.openfid.spi.biometrics.BiometricFormatException;

/**
 * Reads and writes CBEFF (ISO/IEC 19785-3) XML documents as MOSIP exchanges them.
 *
 * <p>Reading is defensive because these documents arrive from outside (packets, data shares, ABIS
 * requests): at most {@link #MAX_BYTES}, no DTD, no external entities or schemas, then validation
 * against OpenFID's own schema ({@code openfid-cbeff.xsd}) and checks the schema cannot express
 * (base64 of BDB and SB, subtype against type, duplicate {@code others} keys). Every refusal is a
 * {@link BiometricFormatException} that names the element, never its biometric content.
 *
 * @since 0.4
 */
public final class CbeffXml {

    /** The CBEFF XML namespace (ISO/IEC 19785-3, second edition) MOSIP uses. */
    public static final String NAMESPACE = "http://standards.iso.org/iso-iec/19785/-3/ed-2/";

    /** The largest document read: ten fingers, two irises, a face and exception photos fit easily. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** The most child BIRs a document may hold. */
    public static final int MAX_BIRS = 64;

    private CbeffXml() {}

    /**
     * Parses and validates a document.
     *
     * @throws BiometricFormatException naming the element (and BIR number) of the first problem
     */
    public static CbeffDocument read(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        if (xml.length > MAX_BYTES) {
            throw new BiometricFormatException(
                    "CBEFF XML: document of " + xml.length + " bytes exceeds the limit of " + MAX_BYTES);
        }
        return CbeffReader.read(xml);
    }

    /**
     * The document as UTF-8 XML. BDB and SB are written in standard base64, which both MOSIP's older
     * schema ({@code xs:base64Binary}) and its 2025 one (standard or URL-safe) accept; reading takes
     * either.
     */
    public static byte[] write(CbeffDocument document) {
        Objects.requireNonNull(document, "document");
        return CbeffWriter.write(document);
    }
}
