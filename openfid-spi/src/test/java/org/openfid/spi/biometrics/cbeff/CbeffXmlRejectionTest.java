package org.openfid.spi.biometrics.cbeff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.spi.biometrics.BiometricFormatException;

class CbeffXmlRejectionTest {

    private static final String NS = "http://standards.iso.org/iso-iec/19785/-3/ed-2/";

    /** A one-BIR document; {@code info} is the BDBInfo content, {@code tail} what follows BDBInfo. */
    private static String document(String info, String tail) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BIR xmlns=\"" + NS + "\">"
                + "<BIRInfo><Integrity>false</Integrity></BIRInfo><BIR>"
                + "<Version><Major>1</Major><Minor>1</Minor></Version>"
                + "<BIRInfo><Integrity>false</Integrity></BIRInfo>" + info + tail + "</BIR></BIR>";
    }

    private static String info(String type, String subtype) {
        return "<BDBInfo><Format><Organization>Mosip</Organization><Type>7</Type></Format><Type>" + type
                + "</Type><Subtype>" + subtype + "</Subtype><Quality><Algorithm><Organization>HMAC</Organization>"
                + "<Type>SHA-256</Type></Algorithm><Score>80</Score></Quality></BDBInfo>";
    }

    private static final String GOOD_INFO = info("Finger", "Left IndexFinger");
    private static final String GOOD_TAIL = "<BDB>RklSAA==</BDB>";

    private static void assertRefused(String xml, String... fragments) {
        assertThatThrownBy(() -> CbeffXml.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BiometricFormatException.class)
                .hasMessageStartingWith("CBEFF XML: ")
                .hasMessageContainingAll(fragments);
    }

    @Test
    void theBaseDocumentIsAccepted() {
        var document = CbeffXml.read(document(GOOD_INFO, GOOD_TAIL).getBytes(StandardCharsets.UTF_8));
        assertThat(document.birs().getFirst().bdb()).containsExactly('F', 'I', 'R', 0);
    }

    @Test
    void malformedXml() {
        assertRefused(document(GOOD_INFO, GOOD_TAIL).replace("</BIR></BIR>", "</BIR>"), "not well-formed", "line 2");
        assertRefused("", "not well-formed");
        assertRefused("just text", "not well-formed");
    }

    @Test
    void wrongOrMissingNamespaceOrRoot() {
        assertRefused(
                document(GOOD_INFO, GOOD_TAIL).replace(NS, "http://docs.oasis-open.org/bias/ns/biospm-1.0/"),
                "root element must be BIR in namespace " + NS,
                "found BIR in namespace http://docs.oasis-open.org");
        assertRefused(document(GOOD_INFO, GOOD_TAIL).replace(" xmlns=\"" + NS + "\"", ""), "found BIR in no namespace");
        assertRefused("<BDB xmlns=\"" + NS + "\">AAAA</BDB>", "found BDB in namespace");
    }

    @Test
    void missingBdbInfoOrBdb() {
        assertRefused(document("", GOOD_TAIL), "does not match the schema", "BDB", "BDBInfo");
        assertRefused(document(GOOD_INFO, ""), "does not match the schema", "BDB");
        assertRefused(document(GOOD_INFO, "<BDB></BDB>"), "BIR 1 BDB is empty");
    }

    @ParameterizedTest
    @CsvSource({
        "Palm, Left IndexFinger, Palm",
        "Finger, Left Toe, Left Toe",
        "Finger, Left, 'Subtype ''Left'' is not a known Finger subtype'",
        "Iris, UNKNOWN, 'Subtype ''UNKNOWN'' is not a known Iris subtype'",
        "Iris, Left IndexFinger, 'is not a known Iris subtype'",
        "Face, Right, 'is not a known Face subtype'",
        "ExceptionPhoto, Left, 'not allowed for ExceptionPhoto'",
    })
    void unknownTypesAndSubtypes(String type, String subtype, String expected) {
        assertRefused(document(info(type, subtype), GOOD_TAIL), expected);
    }

    @Test
    void schemaErrorsNameTheElement() {
        assertRefused(
                document(GOOD_INFO.replace("<Type>Finger</Type>", "<Type>Palm</Type>"), GOOD_TAIL), "Palm", "Type");
        assertRefused(
                document(GOOD_INFO.replace("<Score>80</Score>", "<Score>101</Score>"), GOOD_TAIL), "101", "Score");
        assertRefused(document(GOOD_INFO.replace("</BDBInfo>", "<Colour>red</Colour></BDBInfo>"), GOOD_TAIL), "Colour");
        assertRefused(
                document(GOOD_INFO, GOOD_TAIL)
                        .replace(
                                "<Integrity>false</Integrity></BIRInfo><BIR>",
                                "<Integrity>maybe</Integrity></BIRInfo><BIR>"),
                "maybe",
                "Integrity");
        assertRefused(document(GOOD_INFO.replace("<Format>", "<Index>not-a-uuid</Index><Format>"), GOOD_TAIL), "Index");
    }

    @Test
    void schemaErrorsGiveTheLine() {
        String xml = new String(CbeffXml.write(CbeffSamples.packet(9)), StandardCharsets.UTF_8);
        int at = xml.indexOf("<Level>Raw</Level>", xml.indexOf("Left IndexFinger"));
        String broken =
                xml.substring(0, at) + "<Level>Cooked</Level>" + xml.substring(at + "<Level>Raw</Level>".length());
        long line = xml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertRefused(broken, "line " + line + ": ", "Cooked", "Level");
    }

    @Test
    void badBase64IsRefusedWithoutEchoingTheData() {
        String secret = "QUJD" + "x".repeat(200) + "!!";
        assertThatThrownBy(() -> CbeffXml.read(
                        document(GOOD_INFO, "<BDB>" + secret + "</BDB>").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BiometricFormatException.class)
                .hasMessageContaining("BIR 1 BDB is not valid base64")
                .hasMessageNotContaining("xxxxxxxx");
        assertRefused(document(GOOD_INFO, GOOD_TAIL + "<SB>a+b-</SB>"), "BIR 1 SB is not valid base64");
    }

    @Test
    void duplicateOthersKeys() {
        String others =
                "<others><entry key=\"RETRIES\">1</entry></others><others><entry key=\"RETRIES\">2</entry></others>";
        assertRefused(document(GOOD_INFO, GOOD_TAIL + others), "BIR 1 others/entry key 'RETRIES' appears twice");
    }

    @Test
    void externalEntitiesAndDtdsAreRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE BIR [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + document(GOOD_INFO, "<BDB>&secret;</BDB>").substring(39);
        assertRefused(xxe, "DOCTYPE");
        String laughs =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE BIR [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                        + "<BIR xmlns=\"" + NS + "\"><BIRInfo><Integrity>&b;</Integrity></BIRInfo></BIR>";
        assertRefused(laughs, "DOCTYPE");
        String remote = "<?xml version=\"1.0\"?>\n<!DOCTYPE BIR SYSTEM \"http://example.invalid/cbeff.dtd\">\n<BIR/>";
        assertRefused(remote, "DOCTYPE");
    }

    @Test
    void oversizeDocumentsAreRefusedBeforeParsing() {
        byte[] huge = new byte[CbeffXml.MAX_BYTES + 1];
        assertThatThrownBy(() -> CbeffXml.read(huge))
                .isInstanceOf(BiometricFormatException.class)
                .hasMessage(
                        "CBEFF XML: document of " + huge.length + " bytes exceeds the limit of " + CbeffXml.MAX_BYTES);
    }

    @Test
    void deeplyNestedDocumentsAreRefusedWhileParsing() {
        String deep = "<BIR xmlns=\"" + NS + "\">" + "<x>".repeat(10_000) + "</x>".repeat(10_000) + "</BIR>";
        assertRefused(deep, "not well-formed or not allowed", "maxElementDepth");
    }

    @Test
    void writingRefusesTextXmlCannotCarry() {
        var bir = CbeffSamples.packet(5).birs().getFirst();
        for (String value : new String[] {"a\u0000b", "line\rfeed", "lone \ud800 surrogate"}) {
            var document = CbeffDocument.of(java.util.List.of(bir.withOthers(java.util.Map.of("PAYLOAD", value))));
            assertThatThrownBy(() -> CbeffXml.write(document))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("CBEFF others entry PAYLOAD holds character U+");
        }
        var emoji = CbeffDocument.of(
                java.util.List.of(bir.withOthers(java.util.Map.of("PAYLOAD", "ok \ud83d\ude00 \t\n"))));
        assertThat(CbeffXml.read(CbeffXml.write(emoji))).isEqualTo(emoji);
    }

    @Test
    void tooManyBirs() {
        String bir = "<BIR><BIRInfo><Integrity>false</Integrity></BIRInfo>" + GOOD_INFO + GOOD_TAIL + "</BIR>";
        String xml = "<BIR xmlns=\"" + NS + "\"><BIRInfo><Integrity>false</Integrity></BIRInfo>"
                + bir.repeat(CbeffXml.MAX_BIRS + 1) + "</BIR>";
        assertRefused(xml, "more than " + CbeffXml.MAX_BIRS + " BIR elements");
    }

    static LongStream seeds() {
        return LongStream.range(1, 31);
    }

    /** Random character damage: the document still reads equal to something, or is refused cleanly. */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomCorruptionIsRefusedCleanlyOrReadsConsistently(long seed) {
        var random = new Random(seed);
        char[] xml = new String(CbeffXml.write(CbeffSamples.packet(seed)), StandardCharsets.UTF_8).toCharArray();
        String alphabet = "<>/&\"'=ab ;#!-?";
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            xml[random.nextInt(xml.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        try {
            var document = CbeffXml.read(new String(xml).getBytes(StandardCharsets.UTF_8));
            assertThat(CbeffXml.read(CbeffXml.write(document))).isEqualTo(document);
        } catch (BiometricFormatException expected) {
            assertThat(expected.getMessage()).startsWith("CBEFF XML: ");
        }
    }
}
