package org.openfid.synth.documents;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.List;

/**
 * Draws text in either script. Arabic goes through {@link TextLayout} with a right-to-left run
 * direction, so the JDK's layout engine applies the bidirectional algorithm and Arabic shaping
 * (joined initial, medial and final letter forms, the lam-alef ligature) with a font that has the
 * Arabic glyphs.
 */
final class Lettering {

    /** Fonts tried in order; the first that shows Arabic and Latin letters is used. */
    private static final List<String> FAMILIES = List.of("DejaVu Sans", "Noto Sans Arabic", "Noto Sans", "SansSerif");

    static final String ARABIC_SAMPLE = "محمد لا أمل";

    private static final String FAMILY = chooseFamily();

    private Lettering() {}

    /** The font family in use; it shows Arabic unless the machine has no font that can. */
    static String family() {
        return FAMILY;
    }

    private static String chooseFamily() {
        var installed =
                List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : FAMILIES) {
            Font font = new Font(family, Font.PLAIN, 12);
            if ((installed.contains(family) || family.equals("SansSerif"))
                    && font.canDisplayUpTo(ARABIC_SAMPLE) == -1
                    && font.canDisplayUpTo("Aa1") == -1) {
                return family;
            }
        }
        return "SansSerif";
    }

    static Font font(int style, float size) {
        return new Font(FAMILY, style, Math.round(size));
    }

    static void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** Draws {@code text} with its left edge at x (left-to-right scripts). */
    static void left(Graphics2D g, String text, Font font, Color color, float x, float baseline) {
        draw(g, text, font, color, x, baseline, false);
    }

    /** Draws right-to-left {@code text} with its right edge at x, as Arabic is aligned. */
    static void right(Graphics2D g, String text, Font font, Color color, float x, float baseline) {
        draw(g, text, font, color, x, baseline, true);
    }

    /** The laid-out width of {@code text}. */
    static float width(Graphics2D g, String text, Font font, boolean rightToLeft) {
        return layout(g, text, font, rightToLeft).getAdvance();
    }

    private static void draw(
            Graphics2D g, String text, Font font, Color color, float x, float baseline, boolean rightToLeft) {
        if (text.isEmpty()) {
            return;
        }
        var layout = layout(g, text, font, rightToLeft);
        g.setColor(color);
        layout.draw(g, rightToLeft ? x - layout.getAdvance() : x, baseline);
    }

    static TextLayout layout(Graphics2D g, String text, Font font, boolean rightToLeft) {
        var attributed = new AttributedString(text);
        attributed.addAttribute(TextAttribute.FONT, font);
        attributed.addAttribute(
                TextAttribute.RUN_DIRECTION,
                rightToLeft ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        return new TextLayout(attributed.getIterator(), g.getFontRenderContext());
    }
}
