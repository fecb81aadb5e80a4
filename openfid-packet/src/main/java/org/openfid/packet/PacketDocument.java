package org.openfid.packet;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document of the packet: {@code ID.json} refers to it as {@code {format, type, value,
 * refNumber}} and its bytes are the file {@code <value>.<format>}.
 *
 * @param field the schema field (for example {@code proofOfAddress})
 * @param format the file format and extension (for example {@code pdf})
 * @param type the document type code (for example {@code DOC001})
 * @param value the file name without extension; MOSIP uses the field name
 */
public record PacketDocument(
        String field,
        String format,
        String type,
        String value,
        @Nullable String refNumber,
        byte[] content,
        FieldCategory category) {
    public PacketDocument {
        Names.requireFieldName(field);
        Names.requireFieldName(format);
        Names.requireFieldName(value);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(category, "category");
    }

    /** The file name inside the sub-packet. */
    public String fileName() {
        return value + "." + format;
    }
}
