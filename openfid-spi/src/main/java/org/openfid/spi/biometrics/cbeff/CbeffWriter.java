package org.openfid.spi.biometrics.cbeff;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/** Writes the model as indented XML with StAX, element order as the schema requires. */
final class CbeffWriter {

    private final XMLStreamWriter out;
    private int depth;

    private CbeffWriter(XMLStreamWriter out) {
        this.out = out;
    }

    static byte[] write(CbeffDocument document) {
        // Into a StringWriter, then one UTF-8 encoding: the JDK's StAX writer on an OutputStream
        // encodes character by character, ten times slower for megabytes of base64.
        var text = new StringWriter(64 * 1024);
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            var writer = new CbeffWriter(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(CbeffXml.NAMESPACE);
            writer.document(document);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write CBEFF XML", e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void document(CbeffDocument document) throws XMLStreamException {
        out.writeCharacters("\n");
        out.writeStartElement(CbeffXml.NAMESPACE, "BIR");
        out.writeDefaultNamespace(CbeffXml.NAMESPACE);
        depth++;
        versions(document.version(), document.cbeffVersion());
        birInfo(document.integrity());
        for (var bir : document.birs()) {
            bir(bir);
        }
        close();
    }

    private void bir(Bir bir) throws XMLStreamException {
        open("BIR");
        versions(bir.version(), bir.cbeffVersion());
        birInfo(bir.integrity());
        bdbInfo(bir.bdbInfo());
        leaf("BDB", encode(bir.bdbView()));
        byte[] sb = bir.sb();
        if (sb != null) {
            leaf("SB", encode(sb));
        }
        if (!bir.others().isEmpty()) {
            open("others");
            for (Map.Entry<String, String> entry : bir.others().entrySet()) {
                indent();
                out.writeStartElement(CbeffXml.NAMESPACE, "entry");
                out.writeAttribute("key", xmlText(entry.getKey(), "others key"));
                out.writeCharacters(xmlText(entry.getValue(), "others entry " + entry.getKey()));
                out.writeEndElement();
            }
            close();
        }
        close();
    }

    private void bdbInfo(BdbInfo info) throws XMLStreamException {
        open("BDBInfo");
        if (info.index() != null) {
            leaf("Index", info.index().toString());
        }
        registryId("Format", info.format());
        if (info.creationDate() != null) {
            leaf("CreationDate", info.creationDate().toString());
        }
        leaf("Type", info.type().xmlName());
        if (info.subtype() != null) {
            leaf("Subtype", info.subtype().cbeffName());
        }
        if (info.level() != null) {
            leaf("Level", info.level().xmlName());
        }
        if (info.purpose() != null) {
            leaf("Purpose", info.purpose().xmlName());
        }
        var quality = info.quality();
        if (quality != null) {
            open("Quality");
            registryId("Algorithm", quality.algorithm());
            if (quality.score() != null) {
                leaf("Score", String.valueOf(quality.score()));
            } else {
                leaf("QualityCalculationFailed", String.valueOf(quality.failure()));
            }
            close();
        }
        close();
    }

    private void versions(@Nullable BirVersion version, @Nullable BirVersion cbeffVersion) throws XMLStreamException {
        if (version != null) {
            version("Version", version);
        }
        if (cbeffVersion != null) {
            version("CBEFFVersion", cbeffVersion);
        }
    }

    private void version(String name, BirVersion version) throws XMLStreamException {
        open(name);
        leaf("Major", String.valueOf(version.major()));
        leaf("Minor", String.valueOf(version.minor()));
        close();
    }

    private void birInfo(boolean integrity) throws XMLStreamException {
        open("BIRInfo");
        leaf("Integrity", String.valueOf(integrity));
        close();
    }

    private void registryId(String name, RegistryId id) throws XMLStreamException {
        open(name);
        leaf("Organization", id.organization());
        leaf("Type", id.type());
        close();
    }

    private void open(String name) throws XMLStreamException {
        indent();
        out.writeStartElement(CbeffXml.NAMESPACE, name);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        out.writeEndElement();
    }

    private void leaf(String name, String text) throws XMLStreamException {
        indent();
        out.writeStartElement(CbeffXml.NAMESPACE, name);
        out.writeCharacters(xmlText(text, name));
        out.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * Refuses text XML 1.0 cannot carry (control characters, lone surrogates): the StAX writer would
     * emit it as is and produce a document no parser accepts. A carriage return is refused too, as a
     * parser would turn it into a line feed and the value would not come back unchanged.
     */
    static String xmlText(String text, String where) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                ok = true;
            }
            if (!ok) {
                throw new IllegalArgumentException("CBEFF " + where + " holds character U+"
                        + String.format("%04X", (int) c) + ", which XML cannot carry");
            }
        }
        return text;
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
