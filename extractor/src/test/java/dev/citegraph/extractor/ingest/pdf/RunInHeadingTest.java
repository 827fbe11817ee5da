package dev.citegraph.extractor.ingest.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run-in heads in the body face ("4.2.1. Transaction Receipt. In order to ..."), as amsart sets sub-subsections: in
 * italic, which the reader does not tell from roman, and often left out of the PDF's outline (the Ethereum Yellow
 * Paper's outline names its run-in subsections but none of their sub-subsections). Two columns, each line starting at
 * its column's edge as a run-in head does; a paragraph's first line is indented. Subsections run in with a title in
 * bold are headings by typography alone.
 */
class RunInHeadingTest {

    private static final LayoutMetrics METRICS = new LayoutMetrics(10, 57, 540, 12);
    private static final float LEFT_COLUMN = 57;
    private static final float RIGHT_COLUMN = 308;
    private static final float INDENT = 12;

    private static final PdfOutline OUTLINE = PdfOutline.of(List.of(
            new PdfOutline.Entry("4. Blocks, State and Transactions", 0, 1), new PdfOutline.Entry("4.1. World State", 1, 1),
            new PdfOutline.Entry("4.2. The Block", 1, 1), new PdfOutline.Entry("5. Gas and Payment", 0, 2)));

    private static PdfLine line(int page, float x, float y, String text) {
        return new PdfLine(page, y, List.of(new PdfCell(text, x, x + 230, 10, 0, text.length())));
    }

    private static PdfLine prose(int page, float x, float y) {
        return line(page, x, y, "the block header holds the hashes of the state, the transactions and the receipts");
    }

    /**
     * Section 4 and its run-in subsections 4.1 (left column) and 4.2 (right column), all named by the outline, then the
     * given lines, then section 5 on the next page.
     */
    private static List<PdfPage> pages(PdfLine... between) {
        List<PdfLine> first = new ArrayList<>(List.of(
                line(1, LEFT_COLUMN + 40, 100, "4. Blocks, State and Transactions"),
                prose(1, LEFT_COLUMN + INDENT, 112),
                line(1, LEFT_COLUMN, 124, "4.1. World State. The world state is a mapping between addresses and"),
                prose(1, LEFT_COLUMN, 136),
                line(1, RIGHT_COLUMN, 40, "4.2. The Block. The block in Ethereum is the collection of relevant"),
                prose(1, RIGHT_COLUMN, 52)));
        first.addAll(List.of(between));
        return List.of(new PdfPage(1, 800, first), new PdfPage(2, 800, List.of(
                line(2, RIGHT_COLUMN + 40, 100, "5. Gas and Payment"), prose(2, RIGHT_COLUMN + INDENT, 112))));
    }

    private static List<PdfHeading> headings(List<PdfPage> pages) {
        return new HeadingDetector(METRICS, OUTLINE, PdfOutline.none()).detect(pages);
    }

    @Test
    void runInHeadsTheOutlineLeavesOutAreHeadingsWhenTheyComeNextWhereRunInHeadsStand() {
        List<PdfHeading> headings = headings(pages(
                line(1, RIGHT_COLUMN, 100, "4.2.1. Transaction Receipt. In order to encode information about a"),
                prose(1, RIGHT_COLUMN, 112),
                line(1, RIGHT_COLUMN, 400, "4.2.2. Which Block? We can assert a block's validity if and only if"),
                prose(1, RIGHT_COLUMN, 412)));

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("4", "4.1", "4.2", "4.2.1", "4.2.2", "5");
        assertThat(headings).extracting(PdfHeading::title).containsExactly("Blocks, State and Transactions",
                "World State", "The Block", "Transaction Receipt", "Which Block?", "Gas and Payment");
        assertThat(headings.get(3).runOn()).isEqualTo("In order to encode information about a");
        assertThat(headings.get(3).evidence()).contains("run-in head");
    }

    @Test
    void aLineOfAnEquationOpeningWithALetterDoesNotBreakTheRun() {
        List<PdfHeading> headings = headings(pages(
                line(1, RIGHT_COLUMN, 100, "4.2.1. Transaction Receipt. In order to encode information about a"),
                new PdfLine(1, 112, List.of(new PdfCell("P (H)H", 400, 430, 10, 0, 6),
                        new PdfCell("ondon", 460, 480, 7, 0, 5))),
                line(1, RIGHT_COLUMN, 400, "4.2.2. Holistic Validity. We can assert a block's validity if and only if")));

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("4", "4.1", "4.2", "4.2.1", "4.2.2", "5");
    }

    @Test
    void runInLinesOutOfTurnStayText() {
        List<PdfHeading> headings = headings(pages(
                line(1, RIGHT_COLUMN, 100, "4.2.1. Transaction Receipt. In order to encode information about a"),
                line(1, RIGHT_COLUMN, 400, "4.2.3. Serialisation. The function LB and LH are the preparation")));

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("4", "4.1", "4.2", "5");
    }

    @Test
    void aNumberedLineIndentedLikeAParagraphIsNoRunInHead() {
        List<PdfHeading> headings = headings(pages(
                line(1, RIGHT_COLUMN + INDENT, 100, "4.2.1. Transaction Receipt. In order to encode information about"),
                line(1, RIGHT_COLUMN, 400, "4.2.2. Holistic Validity. We can assert a block's validity if and only if")));

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("4", "4.1", "4.2", "5");
    }

    /** amsart without an outline: section titles in small capitals, subsections run in with their title in bold. */
    @Test
    void aRunInHeadInBoldIsAHeadingWithoutAnOutlineAndTheHeadsInTheBodyFaceThatComeNextStandWithIt() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                smallCaps(1, LEFT_COLUMN + 40, 100, "4.", "Blocks, State and Transactions"),
                prose(1, LEFT_COLUMN + INDENT, 112),
                boldHead(1, LEFT_COLUMN, 124, "4.1.", "World State.", "The world state is a mapping between"),
                prose(1, LEFT_COLUMN, 136),
                line(1, LEFT_COLUMN, 400, "4.1.1. Account Storage. Each account holds a mapping of its own"),
                prose(1, LEFT_COLUMN, 412))), new PdfPage(2, 800, List.of(
                smallCaps(2, RIGHT_COLUMN + 40, 100, "5.", "Gas and Payment"))));

        List<PdfHeading> headings = new HeadingDetector(METRICS, PdfOutline.none(), PdfOutline.none()).detect(pages);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("4", "4.1", "4.1.1", "5");
        assertThat(headings).extracting(PdfHeading::title)
                .containsExactly("Blocks, State and Transactions", "World State", "Account Storage", "Gas and Payment");
        assertThat(headings.get(1).runOn()).isEqualTo("The world state is a mapping between");
        assertThat(headings.get(1).evidence()).contains("run-in head in bold");
    }

    @Test
    void aNumberedSentenceWithABoldWordFurtherOnIsNoRunInHead() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                smallCaps(1, LEFT_COLUMN + 40, 100, "4.", "Blocks, State and Transactions"),
                new PdfLine(1, 112, List.of(new PdfCell("4.1. The header. It holds the state root of the block", LEFT_COLUMN,
                        LEFT_COLUMN + 230, 10, 5, 42, 0, "state"))))), new PdfPage(2, 800, List.of(
                smallCaps(2, RIGHT_COLUMN + 40, 100, "5.", "Gas and Payment"))));

        List<PdfHeading> headings = new HeadingDetector(METRICS, PdfOutline.none(), PdfOutline.none()).detect(pages);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("4", "5");
    }

    /**
     * An introduction listing its contributions as a numbered list whose items open with a bold phrase: the items are
     * no run-in heads, whose numbers have two parts or more (a report runs in its subsections, not its sections).
     */
    @Test
    void aNumberedListWithBoldLeadWordsIsNoRunOfHeadings() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                bold(1, LEFT_COLUMN, 100, "1 Introduction"),
                prose(1, LEFT_COLUMN, 112),
                boldHead(1, LEFT_COLUMN, 124, "1.", "Efficiency.", "Our method halves the cost of training"),
                boldHead(1, LEFT_COLUMN, 136, "2.", "Scale.", "It trains models of a trillion parameters"),
                boldHead(1, LEFT_COLUMN, 148, "3.", "Openness.", "We release the weights and the data"),
                prose(1, LEFT_COLUMN, 160))), new PdfPage(2, 800, List.of(
                bold(2, LEFT_COLUMN, 100, "2 Related Work"),
                prose(2, LEFT_COLUMN, 112),
                bold(2, LEFT_COLUMN, 400, "3 Method"),
                prose(2, LEFT_COLUMN, 412))));

        List<PdfHeading> headings = new HeadingDetector(METRICS, PdfOutline.none(), PdfOutline.none()).detect(pages);

        assertThat(headings).extracting(PdfHeading::title).containsExactly("Introduction", "Related Work", "Method");
    }

    private static PdfLine bold(int page, float x, float y, String text) {
        int chars = text.replace(" ", "").length();
        return new PdfLine(page, y, List.of(new PdfCell(text, x, x + 120, 12, chars, chars, 0, text)));
    }

    private static PdfLine smallCaps(int page, float x, float y, String number, String title) {
        String text = number + " " + title;
        int titleChars = title.replace(" ", "").length();
        return new PdfLine(page, y, List.of(new PdfCell(text, x, x + 150, 10, 0, number.length() + titleChars,
                titleChars, "")));
    }

    private static PdfLine boldHead(int page, float x, float y, String number, String head, String runOn) {
        String text = number + " " + head + " " + runOn;
        int headChars = head.replace(" ", "").length();
        return new PdfLine(page, y, List.of(new PdfCell(text, x, x + 230, 10, headChars, text.replace(" ", "").length(),
                0, head)));
    }

    /** Only a report that sets some headings run in (the outline names them) has run-in heads to stand with. */
    @Test
    void numberedSentencesAreNoRunInHeadsInAReportWithoutRunInHeadings() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                line(1, LEFT_COLUMN + 40, 100, "4. Blocks, State and Transactions"),
                line(1, LEFT_COLUMN, 112, "4.1. Two steps. The client first checks the header and then the body"),
                prose(1, LEFT_COLUMN, 124))), new PdfPage(2, 800, List.of(
                line(2, RIGHT_COLUMN + 40, 100, "5. Gas and Payment"))));

        assertThat(headings(pages)).extracting(PdfHeading::numberText).containsExactly("4", "5");
    }
}
