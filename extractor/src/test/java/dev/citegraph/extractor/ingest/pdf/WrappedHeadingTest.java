package dev.citegraph.extractor.ingest.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A heading too long for one line runs to the right edge and goes on in the line right below, in its face and size. */
class WrappedHeadingTest {

    /**
     * A word processor's export: glyphs measure half their point size and lines stand two and a half glyph heights
     * apart ("1.15 lines" of 11 pt body text), so the line below a 12 pt heading is more than two of its heights down.
     */
    private static final LayoutMetrics LOOSE_LINES = new LayoutMetrics(5, 72, 540, 12.6f);
    private static final float HEADING_HEIGHT = 5.4f;

    private static PdfLine line(float y, String text, float x1, float height, boolean bold) {
        return new PdfLine(1, y, List.of(new PdfCell(text, 72, x1, height, bold ? text.length() : 0, text.length())));
    }

    private static List<PdfPage> pageWithSecondLineAt(float secondLineY) {
        return List.of(new PdfPage(1, 800, List.of(
                line(60, "1 Introduction", 160, HEADING_HEIGHT, true),
                line(85, "Large models are trained on many tokens and this line is ordinary body text.", 538, 5, false),
                line(100, "2 Hyper-Parameters used for compute time consumption for each iteration of", 540,
                        HEADING_HEIGHT, true),
                line(secondLineY, "Method 1 and Method 2", 194, HEADING_HEIGHT, true),
                line(secondLineY + 25.3f, "Hyper-parameters are listed in the following table.", 272, 5, false))));
    }

    @Test
    void secondLineOneLineBelowInAReportSetWithLooseLineSpacingIsPartOfTheHeading() {
        List<PdfHeading> headings = new HeadingDetector(LOOSE_LINES, PdfOutline.none(), PdfOutline.none())
                .detect(pageWithSecondLineAt(113.8f));

        assertThat(headings).extracting(PdfHeading::title).containsExactly("Introduction",
                "Hyper-Parameters used for compute time consumption for each iteration of Method 1 and Method 2");
    }

    @Test
    void boldLineAParagraphBreakBelowIsNotPartOfTheHeading() {
        List<PdfHeading> headings = new HeadingDetector(LOOSE_LINES, PdfOutline.none(), PdfOutline.none())
                .detect(pageWithSecondLineAt(125.3f));

        assertThat(headings).extracting(PdfHeading::title).containsExactly("Introduction",
                "Hyper-Parameters used for compute time consumption for each iteration of");
    }
}
