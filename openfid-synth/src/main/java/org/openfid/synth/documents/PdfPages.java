package org.openfid.synth.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Wraps a rendered page in a PDF with PDFBox. The Arabic stays in the image: PDFBox writes glyphs
 * without Arabic shaping, while Java2D's rendering has them joined correctly. The English summary and
 * the SYNTHETIC stamp are real text, so the document can be searched and checked.
 */
final class PdfPages {

    private static final float MARGIN = 36;

    /**
     * The standard fonts need no embedding; a PDF viewer has them. Made once per thread: each costs a
     * font lookup, and PDFBox fonts cache glyph data in unsynchronised maps.
     */
    private static final ThreadLocal<PDType1Font> BOLD =
            ThreadLocal.withInitial(() -> new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));

    private static final ThreadLocal<PDType1Font> PLAIN =
            ThreadLocal.withInitial(() -> new PDType1Font(Standard14Fonts.FontName.HELVETICA));

    private PdfPages() {}

    /**
     * A page of a rendered image given as PNG bytes: PDFBox copies the PNG's compressed pixels into the
     * PDF instead of compressing them again (that re-compression was 80% of the time of a person).
     */
    static byte[] page(byte[] png, int imageWidth, int imageHeight, String text, String title) {
        try (var document = new PDDocument()) {
            float scale = (PDRectangle.A4.getHeight() - 2 * MARGIN) / imageWidth;
            float width = imageWidth * scale;
            float height = imageHeight * scale;
            var page = new PDPage(new PDRectangle(width + 2 * MARGIN, height + 2 * MARGIN + 60));
            document.addPage(page);
            var picture = PDImageXObject.createFromByteArray(document, png, title + ".png");
            try (var content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, MARGIN, MARGIN + 40, width, height);
                writeLine(
                        content,
                        BOLD.get(),
                        14,
                        MARGIN,
                        page.getMediaBox().getHeight() - MARGIN + 8,
                        DocumentImages.STAMP_ENG);
                writeLine(content, PLAIN.get(), 10, MARGIN, MARGIN + 18, ascii(text));
            }
            var info = document.getDocumentInformation();
            info.setTitle("SYNTHETIC " + title);
            info.setSubject(DocumentImages.STAMP_ENG);
            info.setCreator("OpenFID synth");
            info.setProducer("OpenFID synth");
            // a fixed file identifier: otherwise PDFBox derives one from the clock and the bytes differ
            byte[] id = digest(text + title);
            var ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().setDocumentID(ids);
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a PDF document", e);
        }
    }

    private static void writeLine(
            PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** The standard fonts encode WinAnsi only: anything else becomes '?'. */
    private static String ascii(String text) {
        return text.replaceAll("[^\\x20-\\x7e]", "?");
    }

    private static byte[] digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(hash, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
