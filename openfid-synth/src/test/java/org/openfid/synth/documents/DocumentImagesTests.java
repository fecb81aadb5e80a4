package org.openfid.synth.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openfid.synth.people.PopulationSettings;
import org.openfid.synth.people.SyntheticPopulation;

class DocumentImagesTests {

    static final SyntheticPopulation POPULATION = new SyntheticPopulation(
            12,
            PopulationSettings.demo(40)
                    .withDuplicateShare(0.3)
                    .withCountryFolder(Path.of("../openfid-server/src/main/resources/country/demo")));

    final DocumentImages images = new DocumentImages();

    @Test
    void documents_are_png_images_stamped_synthetic_and_the_same_for_the_same_person() throws IOException {
        var person = POPULATION.person(1);
        var document = person.documents().getFirst();
        byte[] png = images.documentPng(person, document);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(DocumentImages.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DocumentImages.HEIGHT);
        assertThat(new Color(image.getRGB(4, 4))).isEqualTo(new Color(0xb0, 0x1c, 0x1c));
        assertThat(images.documentPng(POPULATION.person(1), document)).isEqualTo(png);
        var other = POPULATION.person(2);
        assertThat(images.documentPng(other, other.documents().getFirst())).isNotEqualTo(png);
    }

    @Test
    void pdfs_load_in_pdfbox_with_the_stamp_and_the_name_as_text_and_are_reproducible() throws IOException {
        var person = POPULATION.person(3);
        for (var document : person.documents()) {
            byte[] pdf = images.documentPdf(person, document);
            try (var loaded = Loader.loadPDF(pdf)) {
                assertThat(loaded.getNumberOfPages()).isEqualTo(1);
                String text = new PDFTextStripper().getText(loaded);
                assertThat(text)
                        .contains(DocumentImages.STAMP_ENG)
                        .contains(person.fullName("eng"))
                        .contains(document.number());
                assertThat(loaded.getDocumentInformation().getTitle()).startsWith("SYNTHETIC");
            }
            assertThat(images.documentPdf(person, document)).isEqualTo(pdf);
            var both = images.documentFiles(person, document);
            assertThat(both.pdf()).isEqualTo(pdf);
            assertThat(both.png()).isEqualTo(images.documentPng(person, document));
        }
    }

    @Test
    void the_face_placeholder_is_labelled_and_shared_by_a_duplicate_with_its_original() throws IOException {
        var duplicate =
                POPULATION.people().filter(p -> p.isDuplicate()).findFirst().orElseThrow();
        var original = POPULATION.person(duplicate.subject());
        byte[] face = images.facePng(original);
        var image = ImageIO.read(new ByteArrayInputStream(face));
        assertThat(image.getWidth()).isEqualTo(DocumentImages.FACE_WIDTH);
        assertThat(image.getHeight()).isEqualTo(DocumentImages.FACE_HEIGHT);
        assertThat(images.facePng(duplicate)).isEqualTo(face);
        var stranger = POPULATION
                .people()
                .filter(p -> p.subject() != original.subject())
                .findFirst()
                .orElseThrow();
        assertThat(images.facePng(stranger)).isNotEqualTo(face);
    }

    @Test
    void arabic_is_drawn_with_a_font_that_has_it_and_joined_letter_forms() {
        Font font = Lettering.font(Font.PLAIN, 20);
        assertThat(font.canDisplayUpTo(Lettering.ARABIC_SAMPLE)).isEqualTo(-1);
        var context = new FontRenderContext(null, true, true);
        char[] word = "محمد".toCharArray();
        var shaped = font.layoutGlyphVector(context, word, 0, word.length, Font.LAYOUT_RIGHT_TO_LEFT);
        int differing = 0;
        for (int i = 0; i < word.length; i++) {
            int isolated = font.createGlyphVector(context, new char[] {word[i]}).getGlyphCode(0);
            // right-to-left layout lists glyphs in visual order: the first letter is drawn last
            int joined = shaped.getGlyphCode(word.length - 1 - i);
            assertThat(joined).isNotEqualTo(font.getMissingGlyphCode());
            differing += joined != isolated ? 1 : 0;
        }
        assertThat(differing).isGreaterThanOrEqualTo(3);
    }
}
