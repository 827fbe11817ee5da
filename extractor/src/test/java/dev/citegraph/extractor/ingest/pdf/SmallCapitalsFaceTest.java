package dev.citegraph.extractor.ingest.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Section titles set at body size in a face of capitals and small capitals (amsart's {@code cmcsc}), which PDFBox reads
 * in mixed case ("Introduction"): the face sets them apart, with no outline to name them, in either column.
 */
class SmallCapitalsFaceTest {

    private static final LayoutMetrics METRICS = new LayoutMetrics(10, 57, 540, 12);

    /** A line whose title after the number is set in the small-capitals face, the number in the body face. */
    private static PdfLine smallCaps(float y, float x0, float x1, String number, String title) {
        String text = number + " " + title;
        int titleChars = title.replace(" ", "").length();
        return new PdfLine(1, y, List.of(new PdfCell(text, x0, x1, 10, 0, titleChars + number.length(), titleChars, "")));
    }

    private static PdfLine body(float y, float x0, float x1, String text) {
        return new PdfLine(1, y, List.of(new PdfCell(text, x0, x1, 10, 0, text.replace(" ", "").length())));
    }

    @Test
    void numberedTitlesInASmallCapitalsFaceAreHeadingsWithoutAnOutline() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                smallCaps(100, 136, 208, "1.", "Introduction"),
                body(112, 69, 288, "With ubiquitous internet connections in most places of the world"),
                body(124, 57, 288, "3 of the winning entry to the SHA-3 contest by Bertoni et al."),
                smallCaps(136, 343, 503, "2.", "Blocks, State and Transactions"),
                body(148, 320, 539, "Having introduced the basic concepts behind a blockchain, we"))));

        List<PdfHeading> headings = new HeadingDetector(METRICS, PdfOutline.none(), PdfOutline.none()).detect(pages);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("1", "2");
        assertThat(headings).extracting(PdfHeading::title).containsExactly("Introduction", "Blocks, State and Transactions");
        assertThat(headings.get(1).evidence()).contains("small capitals");
    }

    @Test
    void aNumberedLineInTheBodyFaceBesideThemIsNoHeading() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                smallCaps(100, 136, 208, "1.", "Introduction"),
                body(112, 57, 288, "2. Conventions are set out in the next section at some length"),
                smallCaps(124, 136, 208, "2.", "Conventions"))));

        List<PdfHeading> headings = new HeadingDetector(METRICS, PdfOutline.none(), PdfOutline.none()).detect(pages);

        assertThat(headings).extracting(PdfHeading::lines).extracting(lines -> lines.get(0).y()).containsExactly(100f, 124f);
    }
}
