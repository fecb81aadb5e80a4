package org.openfid.spi.biometrics.cbeff;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.BiometricFormatException;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.w3c.dom.Element;

/**
 * Maps a schema-valid DOM onto the model. The schema has fixed the element order and the simple
 * types, so what is left are the checks it cannot express; each names the BIR and element.
 */
final class CbeffMapper {

    CbeffDocument document(Element root) {
        var parts = group(root);
        var birs = new ArrayList<Bir>();
        for (var element : parts.getOrDefault("BIR", List.of())) {
            if (birs.size() == CbeffXml.MAX_BIRS) {
                throw new BiometricFormatException("CBEFF XML: more than " + CbeffXml.MAX_BIRS + " BIR elements");
            }
            birs.add(bir(element, "BIR " + (birs.size() + 1)));
        }
        return new CbeffDocument(version(parts, "Version"), version(parts, "CBEFFVersion"), integrity(parts), birs);
    }

    private Bir bir(Element element, String where) {
        var parts = group(element);
        var info = bdbInfo(one(parts, "BDBInfo"), where);
        byte[] bdb = base64(text(one(parts, "BDB")), where + " BDB");
        if (bdb.length == 0) {
            throw new BiometricFormatException("CBEFF XML: " + where + " BDB is empty");
        }
        var sbElement = optional(parts, "SB");
        byte[] sb = sbElement == null ? null : base64(text(sbElement), where + " SB");
        var others = CbeffReader.others(parts.getOrDefault("others", List.of()), where);
        return new Bir(
                version(parts, "Version"), version(parts, "CBEFFVersion"), integrity(parts), info, bdb, sb, others);
    }

    private BdbInfo bdbInfo(Element element, String where) {
        var parts = group(element);
        var indexElement = optional(parts, "Index");
        UUID index = indexElement == null ? null : UUID.fromString(text(indexElement));
        var dateElement = optional(parts, "CreationDate");
        Instant created = dateElement == null ? null : instant(text(dateElement), where);
        var type = BdbType.ofXmlName(text(one(parts, "Type"))).orElseThrow();
        var subtypeElement = optional(parts, "Subtype");
        var subtype = subtypeElement == null ? null : subtype(type, text(subtypeElement), where);
        var levelElement = optional(parts, "Level");
        var purposeElement = optional(parts, "Purpose");
        var qualityElement = optional(parts, "Quality");
        return new BdbInfo(
                index,
                registryId(one(parts, "Format")),
                created,
                type,
                subtype,
                levelElement == null
                        ? null
                        : BdbLevel.ofXmlName(text(levelElement)).orElseThrow(),
                purposeElement == null
                        ? null
                        : BdbPurpose.ofXmlName(text(purposeElement)).orElseThrow(),
                qualityElement == null ? null : quality(qualityElement));
    }

    private static @Nullable BiometricSubtype subtype(BdbType type, String name, String where) {
        var modality = type.biometricType();
        if (modality.isEmpty()) {
            if (!name.isEmpty()) {
                throw new BiometricFormatException(
                        "CBEFF XML: " + where + " BDBInfo/Subtype '" + name + "' is not allowed for " + type.xmlName());
            }
            return null;
        }
        String normalised = name.replaceAll("\\s+", " ");
        return BiometricSubtype.ofCbeffName(modality.get(), normalised)
                .orElseThrow(() -> new BiometricFormatException("CBEFF XML: " + where + " BDBInfo/Subtype '" + name
                        + "' is not a known " + type.xmlName() + " subtype"));
    }

    private static BdbQuality quality(Element element) {
        var parts = group(element);
        var algorithm = registryId(one(parts, "Algorithm"));
        var score = optional(parts, "Score");
        return score != null
                ? new BdbQuality(algorithm, Integer.valueOf(text(score)), null)
                : new BdbQuality(algorithm, null, text(one(parts, "QualityCalculationFailed")));
    }

    private static RegistryId registryId(Element element) {
        var parts = group(element);
        return new RegistryId(text(one(parts, "Organization")), text(one(parts, "Type")));
    }

    private static @Nullable BirVersion version(Map<String, List<Element>> parts, String name) {
        var element = optional(parts, name);
        if (element == null) {
            return null;
        }
        var fields = group(element);
        return new BirVersion(
                Integer.parseInt(text(one(fields, "Major"))), Integer.parseInt(text(one(fields, "Minor"))));
    }

    private static boolean integrity(Map<String, List<Element>> parts) {
        String value = text(one(group(one(parts, "BIRInfo")), "Integrity"));
        return value.equals("true") || value.equals("1");
    }

    /** An xs:dateTime; one without a zone is taken as UTC, as MOSIP writes UTC local times. */
    private static Instant instant(String text, String where) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new BiometricFormatException("CBEFF XML: " + where + " BDBInfo/CreationDate '"
                        + CbeffReader.safe(text) + "' is not a date-time");
            }
        }
    }

    /**
     * Standard or URL-safe base64, padded or not, line breaks allowed. A BDB is hundreds of kilobytes,
     * so the common case (one line, one alphabet) is decoded directly by the JDK's vectorised decoder;
     * only a text it refuses is scanned for whitespace and the other alphabet.
     */
    private static byte[] base64(String text, String where) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notPlain) {
            String compact = withoutWhitespace(text);
            boolean urlSafe = compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0;
            try {
                return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(compact);
            } catch (IllegalArgumentException e) {
                throw new BiometricFormatException(
                        "CBEFF XML: " + where + " is not valid base64 (standard or URL-safe)");
            }
        }
    }

    private static String withoutWhitespace(String text) {
        var compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\u000B') {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    private static Map<String, List<Element>> group(Element parent) {
        var parts = new HashMap<String, List<Element>>();
        for (var child : CbeffReader.children(parent)) {
            parts.computeIfAbsent(child.getLocalName(), k -> new ArrayList<>()).add(child);
        }
        return parts;
    }

    private static Element one(Map<String, List<Element>> parts, String name) {
        var elements = parts.get(name);
        if (elements == null || elements.isEmpty()) {
            throw new BiometricFormatException("CBEFF XML: missing element " + name);
        }
        return elements.getFirst();
    }

    private static @Nullable Element optional(Map<String, List<Element>> parts, String name) {
        var elements = parts.get(name);
        return elements == null || elements.isEmpty() ? null : elements.getFirst();
    }

    private static String text(Element element) {
        return element.getTextContent().strip();
    }
}
