package org.openfid.spi.biometrics.cbeff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.iso.FingerImageCompression;
import org.openfid.spi.biometrics.iso.FingerImageRecord;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class CbeffXmlTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void writtenDocumentsReadBackEqual(long seed) {
        var document = CbeffSamples.packet(seed);

        var read = CbeffXml.read(CbeffXml.write(document));

        assertThat(read).isEqualTo(document);
        assertThat(read.birs()).hasSize(5);
        assertThat(read.birs().getFirst().others()).containsKeys("SPEC_VERSION", "PAYLOAD", "SDK_SCORE");
        assertThat(read.birs().get(3).bdbInfo().subtype()).isEqualTo(BiometricSubtype.FACE);
        assertThat(read.birs().get(4).bdbInfo().quality().scoreValue()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mosip-cbeff-2022.xsd", "mosip-cbeff-2025.xsd"})
    void writtenDocumentsAreValidForMosipsOwnSchema(String schema) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var validator = factory.newSchema(getClass().getResource("/mosip-cbeff/" + schema))
                .newValidator();
        byte[] xml = CbeffXml.write(CbeffSamples.packet(4));

        assertThatCode(() -> validator.validate(new StreamSource(new ByteArrayInputStream(xml))))
                .doesNotThrowAnyException();
    }

    @Test
    void childBirsHaveTheElementLayoutMosipWrites() throws Exception {
        var info = BdbInfo.enrolment(
                UUID.randomUUID(),
                SampleFormat.ISO_19794_4_2011,
                BiometricSubtype.LEFT_INDEX,
                CbeffSamples.CAPTURED,
                80);
        var bir = Bir.of(info, CbeffSamples.fingerRecord(BiometricSubtype.LEFT_INDEX, 1))
                .withSignatureBlock(new byte[] {1, 2})
                .withOthers(java.util.Map.of("SPEC_VERSION", "0.9.5"));
        byte[] xml = CbeffXml.write(CbeffDocument.of(List.of(bir)));

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml))
                .getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://standards.iso.org/iso-iec/19785/-3/ed-2/");
        assertThat(paths(root, ""))
                .containsExactly(
                        "BIRInfo/Integrity=false",
                        "BIR/Version/Major=1",
                        "BIR/Version/Minor=1",
                        "BIR/CBEFFVersion/Major=1",
                        "BIR/CBEFFVersion/Minor=1",
                        "BIR/BIRInfo/Integrity=false",
                        "BIR/BDBInfo/Index=" + info.index(),
                        "BIR/BDBInfo/Format/Organization=Mosip",
                        "BIR/BDBInfo/Format/Type=7",
                        "BIR/BDBInfo/CreationDate=2026-11-22T08:30:15.250Z",
                        "BIR/BDBInfo/Type=Finger",
                        "BIR/BDBInfo/Subtype=Left IndexFinger",
                        "BIR/BDBInfo/Level=Raw",
                        "BIR/BDBInfo/Purpose=Enroll",
                        "BIR/BDBInfo/Quality/Algorithm/Organization=HMAC",
                        "BIR/BDBInfo/Quality/Algorithm/Type=SHA-256",
                        "BIR/BDBInfo/Quality/Score=80",
                        "BIR/BDB=(binary)",
                        "BIR/SB=AQI=",
                        "BIR/others/entry[key=SPEC_VERSION]=0.9.5");
    }

    @Test
    void mosipDeviceCapturesTravelInsideCbeffAndComeBackAsSamples() throws Exception {
        byte[] iso;
        try (var in = getClass().getResourceAsStream("/mosip-profile/Registration_Right_Middle.iso")) {
            iso = in.readAllBytes();
        }
        var info = BdbInfo.enrolment(
                UUID.randomUUID(),
                SampleFormat.ISO_19794_4_2011,
                BiometricSubtype.RIGHT_MIDDLE,
                CbeffSamples.CAPTURED,
                48);
        var read = CbeffXml.read(CbeffXml.write(CbeffDocument.of(List.of(Bir.of(info, iso)))));

        var sample =
                read.find(BiometricSubtype.RIGHT_MIDDLE).orElseThrow().sample().orElseThrow();
        assertThat(sample.format()).isEqualTo(SampleFormat.ISO_19794_4_2011);
        var record = FingerImageRecord.read(sample.data());
        assertThat(record.first().compression()).isEqualTo(FingerImageCompression.JPEG2000_LOSSLESS);
        assertThat(record.first().subtype()).contains(BiometricSubtype.RIGHT_MIDDLE);
    }

    @Test
    void readsUrlSafeBase64LineBreaksZonelessDatesAndMissingVersions() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <BIR xmlns="http://standards.iso.org/iso-iec/19785/-3/ed-2/">
                  <BIRInfo><Integrity>false</Integrity></BIRInfo>
                  <BIR>
                    <BIRInfo><Integrity>false</Integrity></BIRInfo>
                    <BDBInfo>
                      <Format><Organization>Mosip</Organization><Type>7</Type></Format>
                      <CreationDate>2019-06-27T13:40:06.209</CreationDate>
                      <Type>Finger</Type>
                      <Subtype>Right   Thumb</Subtype>
                    </BDBInfo>
                    <BDB>-_-_
                    AAE</BDB>
                  </BIR>
                </BIR>
                """;

        var bir = CbeffXml.read(xml.getBytes(StandardCharsets.UTF_8)).birs().getFirst();

        assertThat(bir.version()).isNull();
        assertThat(bir.bdb()).containsExactly(0xfb, 0xff, 0xbf, 0x00, 0x01);
        assertThat(bir.bdbInfo().subtype()).isEqualTo(BiometricSubtype.RIGHT_THUMB);
        assertThat(bir.bdbInfo().creationDate()).isEqualTo(Instant.parse("2019-06-27T13:40:06.209Z"));
        assertThat(bir.sample()).isPresent();
    }

    /** Every leaf as path=text, BDB content elided. */
    private static List<String> paths(Element element, String prefix) {
        var paths = new ArrayList<String>();
        boolean leaf = true;
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                leaf = false;
                String name = child.getLocalName()
                        + (child.hasAttribute("key") ? "[key=" + child.getAttribute("key") + "]" : "");
                paths.addAll(paths(child, prefix + name + "/"));
            }
        }
        if (leaf && !prefix.isEmpty()) {
            String path = prefix.substring(0, prefix.length() - 1);
            paths.add(path + "=" + (path.endsWith("BDB") ? "(binary)" : element.getTextContent()));
        }
        return paths;
    }
}
