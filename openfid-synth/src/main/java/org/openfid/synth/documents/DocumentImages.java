package org.openfid.synth.documents;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openfid.synth.people.SyntheticDocument;
import org.openfid.synth.people.SyntheticPerson;

/**
 * Renders a synthetic person's documents and face placeholder as PNG (Java2D) and documents as PDF
 * (PDFBox). Each output is a function of the person alone, so the same person gives the same bytes;
 * each is stamped SYNTHETIC in both languages, and the face placeholder is a drawn silhouette, never a
 * face.
 */
public final class DocumentImages {

    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    static final int FACE_WIDTH = 240;
    static final int FACE_HEIGHT = 320;
    static final String STAMP_ENG = "SYNTHETIC TEST DOCUMENT - NOT VALID";
    static final String STAMP_ARA = "وثيقة اصطناعية للاختبار - غير صالحة";

    private static final Color INK = new Color(0x1d, 0x2b, 0x3a);
    private static final Color STAMP = new Color(0xb0, 0x1c, 0x1c);
    private static final Map<String, Color> PAPER = Map.of(
            "POI", new Color(0xe3, 0xee, 0xf8),
            "POA", new Color(0xfb, 0xf5, 0xe4),
            "POR", new Color(0xe7, 0xf4, 0xe6));

    /** The document as a PNG image. */
    public byte[] documentPng(SyntheticPerson person, SyntheticDocument document) {
        return png(document(person, document));
    }

    /** The document as a one-page PDF: the rendered page plus its English text as real text. */
    public byte[] documentPdf(SyntheticPerson person, SyntheticDocument document) {
        return documentFiles(person, document).pdf();
    }

    /** A document rendered once and encoded both ways. */
    public record DocumentFiles(byte[] png, byte[] pdf) {}

    /** The document as PNG and PDF from a single rendering (what the command line writes). */
    public DocumentFiles documentFiles(SyntheticPerson person, SyntheticDocument document) {
        byte[] png = documentPng(person, document);
        return new DocumentFiles(
                png, PdfPages.page(png, WIDTH, HEIGHT, pdfText(person, document), document.fileStem()));
    }

    /** The face placeholder: a silhouette labelled as synthetic, never a real or generated face. */
    public byte[] facePng(SyntheticPerson person) {
        return png(face(person));
    }

    BufferedImage document(SyntheticPerson person, SyntheticDocument document) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Lettering.prepare(g);
            g.setColor(PAPER.getOrDefault(document.category(), Color.WHITE));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(STAMP);
            g.fillRect(0, 0, WIDTH, 44);
            Font stamp = Lettering.font(Font.BOLD, 18);
            Lettering.left(g, STAMP_ENG, stamp, Color.WHITE, 20, 29);
            Lettering.right(g, STAMP_ARA, stamp, Color.WHITE, WIDTH - 20, 29);
            Font title = Lettering.font(Font.BOLD, 30);
            Lettering.left(g, document.typeNames().getOrDefault("eng", document.type()), title, INK, 30, 95);
            Lettering.right(g, document.typeNames().getOrDefault("ara", ""), title, INK, WIDTH - 30, 95);
            g.setColor(INK);
            g.setStroke(new BasicStroke(2));
            g.drawLine(30, 112, WIDTH - 30, 112);
            int baseline = 160;
            for (var row : rows(person, document)) {
                Font label = Lettering.font(Font.PLAIN, 15);
                Font value = Lettering.font(Font.BOLD, 20);
                Lettering.left(g, row.labelEng, label, Color.DARK_GRAY, 30, baseline - 22);
                Lettering.left(g, row.valueEng, value, INK, 30, baseline);
                Lettering.right(g, row.labelAra, label, Color.DARK_GRAY, WIDTH - 30, baseline - 22);
                Lettering.right(g, row.valueAra, value, INK, WIDTH - 30, baseline);
                baseline += 62;
            }
            watermark(g, WIDTH, HEIGHT, 96);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** One line of the document: a label and value in each language. */
    private record Row(String labelEng, String valueEng, String labelAra, String valueAra) {}

    private static List<Row> rows(SyntheticPerson person, SyntheticDocument document) {
        var address = person.address();
        String city = address.at("CITY").map(p -> p.name("eng")).orElse("");
        String cityAra = address.at("CITY").map(p -> p.name("ara")).orElse("");
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "Name",
                person.fullName("eng"),
                "الاسم",
                person.givenName().containsKey("ara") ? person.fullName("ara") : ""));
        rows.add(new Row("Document number", document.number(), "رقم الوثيقة", document.number()));
        String born = person.dateOfBirth().toString();
        rows.add(new Row("Date of birth", born, "تاريخ الميلاد", born));
        rows.add(new Row(
                "Address",
                line(address.line1(), "eng") + ", " + city,
                "العنوان",
                line(address.line1(), "ara") + "، " + cityAra));
        rows.add(new Row(
                "Postal code",
                address.leaf().code(),
                "الرمز البريدي",
                address.leaf().code()));
        return rows;
    }

    private static String line(Map<String, String> line, String language) {
        return line.getOrDefault(language, "");
    }

    private static String pdfText(SyntheticPerson person, SyntheticDocument document) {
        return document.typeNames().getOrDefault("eng", document.type()) + " " + document.number() + " of "
                + person.fullName("eng") + ", born " + person.dateOfBirth();
    }

    BufferedImage face(SyntheticPerson person) {
        var image = new BufferedImage(FACE_WIDTH, FACE_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Lettering.prepare(g);
            g.setColor(new Color(0xd9, 0xde, 0xe4));
            g.fillRect(0, 0, FACE_WIDTH, FACE_HEIGHT);
            // a flat silhouette whose tone depends on the subject, so a duplicate shows the same one
            float hue = (float) ((person.subject() * 0.618033988749895) % 1.0);
            g.setColor(Color.getHSBColor(hue, 0.25f, 0.55f));
            g.fill(new Ellipse2D.Float(75, 60, 90, 115));
            g.fill(new RoundRectangle2D.Float(30, 190, 180, 160, 90, 90));
            g.setColor(new Color(0xf4, 0xf4, 0xf4));
            g.fillRect(0, 248, FACE_WIDTH, 54);
            Font big = Lettering.font(Font.BOLD, 26);
            Font small = Lettering.font(Font.BOLD, 14);
            Lettering.left(
                    g, "SYNTHETIC", big, STAMP, (FACE_WIDTH - Lettering.width(g, "SYNTHETIC", big, false)) / 2, 36);
            String notAFace = "NOT A REAL FACE";
            Lettering.left(
                    g, notAFace, small, STAMP, (FACE_WIDTH - Lettering.width(g, notAFace, small, false)) / 2, 268);
            String arabic = "ليست صورة وجه حقيقية";
            Lettering.right(g, arabic, small, STAMP, (FACE_WIDTH + Lettering.width(g, arabic, small, true)) / 2, 292);
            watermark(g, FACE_WIDTH, FACE_HEIGHT, 30);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void watermark(Graphics2D g, int width, int height, int size) {
        var saved = g.getTransform();
        var composite = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.12f));
        g.transform(AffineTransform.getRotateInstance(-Math.atan2(height, width), width / 2.0, height / 2.0));
        Font font = Lettering.font(Font.BOLD, size);
        float textWidth = Lettering.width(g, "SYNTHETIC", font, false);
        Lettering.left(g, "SYNTHETIC", font, STAMP, (width - textWidth) / 2, height / 2f + size / 3f);
        g.setComposite(composite);
        g.setTransform(saved);
    }

    static byte[] png(BufferedImage image) {
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a PNG image", e);
        }
        return bytes.toByteArray();
    }
}
