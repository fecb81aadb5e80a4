package org.openfid.spi.biometrics.cbeff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.BiometricFormatException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses securely (no DTD, no external access, JDK secure-processing limits) and validates against
 * the schema in the same pass, checks the root element's name and namespace, then maps the DOM onto
 * the model. One pass, not a parse and a separate validation: a packet's CBEFF file is a few
 * megabytes of base64, and reading it twice was a tenth of packet validation's CPU.
 */
final class CbeffReader {

    /** The JDK parser's element depth limit; a CBEFF document is six levels deep. */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    static final int MAX_DEPTH = 16;

    private static final Schema SCHEMA = loadSchema();
    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private CbeffReader() {}

    static CbeffDocument read(byte[] xml) {
        var problems = new ArrayList<String>();
        Document document = parse(xml, problems);
        Element root = document.getDocumentElement();
        if (!"BIR".equals(root.getLocalName()) || !CbeffXml.NAMESPACE.equals(root.getNamespaceURI())) {
            throw new BiometricFormatException("CBEFF XML: the root element must be BIR in namespace "
                    + CbeffXml.NAMESPACE + ", found " + root.getLocalName() + " in "
                    + (root.getNamespaceURI() == null ? "no namespace" : "namespace " + root.getNamespaceURI()));
        }
        if (!problems.isEmpty()) {
            throw new BiometricFormatException("CBEFF XML: does not match the schema: " + String.join("; ", problems));
        }
        return new CbeffMapper().document(root);
    }

    /**
     * Parses and validates, collecting the first few validity errors in {@code problems} (for a bad
     * value Xerces first reports the facet, without the element, and then the element, so one
     * message alone would not say where); a well-formedness error stops the parse.
     */
    private static Document parse(byte[] xml, List<String> problems) {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(new Collecting(problems));
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new BiometricFormatException("CBEFF XML: not well-formed or not allowed at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + safe(e.getMessage()));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new BiometricFormatException("CBEFF XML: cannot be parsed: " + safe(e.getMessage()));
        }
    }

    /** Keeps the first three validity errors; a fatal (well-formedness) error ends the parse. */
    private record Collecting(List<String> problems) implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {}

        @Override
        public void error(SAXParseException exception) {
            if (problems.size() < 3) {
                problems.add("line " + exception.getLineNumber() + ": " + safe(exception.getMessage()));
            }
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }

    /**
     * Keeps parser messages short and free of content: anything quoted longer than a few dozen
     * characters (which could only be data) is cut.
     */
    static String safe(@Nullable String message) {
        if (message == null) {
            return "(no detail)";
        }
        String cut = message.replace("\"" + CbeffXml.NAMESPACE + "\":", "").replaceAll("'([^']{64})[^']+'", "'$1...'");
        return cut.length() > 400 ? cut.substring(0, 400) + "..." : cut;
    }

    private static Schema loadSchema() {
        try {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            var url = Objects.requireNonNull(CbeffReader.class.getResource("openfid-cbeff.xsd"), "openfid-cbeff.xsd");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("The bundled CBEFF schema does not load", e);
        }
    }

    private static DocumentBuilderFactory secureFactory() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setSchema(SCHEMA);
            // keep the text as written (the mapper checks it), not the schema-normalised value
            factory.setFeature("http://apache.org/xml/features/validation/schema/normalized-value", false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser lacks a security feature", e);
        }
    }

    /** Element children of {@code parent}, in order. */
    static List<Element> children(Element parent) {
        var elements = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The entries of the {@code others} elements, rejecting a key given twice. */
    static Map<String, String> others(List<Element> othersElements, String where) {
        var entries = new LinkedHashMap<String, String>();
        for (var others : othersElements) {
            for (var entry : children(others)) {
                String key = entry.getAttribute("key");
                if (entries.put(key, entry.getTextContent()) != null) {
                    throw new BiometricFormatException(
                            "CBEFF XML: " + where + " others/entry key '" + safe(key) + "' appears twice");
                }
            }
        }
        return entries;
    }
}
