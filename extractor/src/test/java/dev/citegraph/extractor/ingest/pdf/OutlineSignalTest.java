package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.graph.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF outline confirms headings that typography misses and gives their titles in the report's own case. */
class OutlineSignalTest {

    private static final LayoutMetrics METRICS = new LayoutMetrics(10, 72, 540, 12);

    private static PdfLine line(float y, String text, boolean bold) {
        return new PdfLine(1, y, List.of(new PdfCell(text, 72, 72 + 5 * text.length(), 10, bold ? text.length() : 0,
                text.length())));
    }

    private static final List<PdfPage> RUN_IN_PAGES = List.of(new PdfPage(1, 800, List.of(
            line(100, "4 Blocks", true),
            line(112, "4.1. World State. The world state is a mapping between addresses and account states.", false),
            line(124, "4.2. Which History? Since the system is decentralised, parties may disagree.", false),
            line(136, "4.4. Out of turn. This run-in line is not in the outline nor next in turn, so it stays text.", false),
            line(148, "Appendix A. Terminology", false))));
    private static final PdfOutline RUN_IN_OUTLINE = PdfOutline.of(List.of(new PdfOutline.Entry("4. Blocks", 0, 1),
            new PdfOutline.Entry("4.1. World State", 1, 1), new PdfOutline.Entry("4.2. Which History?", 1, 1),
            new PdfOutline.Entry("Appendix A. Terminology", 0, 1)));

    private static final List<PdfPage> PAGES = List.of(new PdfPage(1, 800, List.of(
            line(100, "1 Introduction", false),
            line(112, "Large models are trained on many tokens and this line is ordinary body text.", false),
            line(124, "1.1 Model Details", false),
            line(136, "2 Tokens were counted twice, a numbered line of body text.", false),
            line(148, "2 Results", true))));

    @Test
    void numberedHeadingAtBodySizeIsTakenWhenTheOutlineNamesIt() {
        PdfOutline outline = PdfOutline.of(List.of(new PdfOutline.Entry("Introduction", 0, 1),
                new PdfOutline.Entry("Model details", 1, 1), new PdfOutline.Entry("Results", 0, 1)));

        List<PdfHeading> headings = new HeadingDetector(METRICS, outline, PdfOutline.none()).detect(PAGES);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("1", "1.1", "2");
        assertThat(headings).extracting(PdfHeading::title).containsExactly("Introduction", "Model details", "Results");
    }

    @Test
    void eachHeadingSaysWhichSignalsTookIt() {
        PdfOutline outline = PdfOutline.of(List.of(new PdfOutline.Entry("Introduction", 0, 1)));

        List<PdfHeading> headings = new HeadingDetector(METRICS, outline, PdfOutline.none()).detect(PAGES);

        assertThat(headings.get(0).evidence()).contains("body size, not bold", "outline entry \"Introduction\" (p.1)");
        assertThat(headings.get(1).evidence()).startsWith("bold").contains("not in the outline");
    }

    @Test
    void boldNumberedLineTheOutlineDisagreesWithLosesWhereTheOutlineNamesTheOthers() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                line(100, "1 Introduction", true), line(112, "2 Method", true), line(124, "3 Setup", true),
                line(136, "4 Every step is set in bold here", true), line(148, "5 Results", true))));
        PdfOutline outline = PdfOutline.of(List.of(new PdfOutline.Entry("Introduction", 0, 1),
                new PdfOutline.Entry("Method", 0, 1), new PdfOutline.Entry("Setup", 0, 1), new PdfOutline.Entry("Results", 0, 1)));

        List<PdfHeading> headings = new HeadingDetector(METRICS, outline, PdfOutline.none()).detect(pages);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("1", "2", "3", "5");
    }

    @Test
    void outlineThatListsOnlyTopLevelSectionsVetoesNoSubsection() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                line(100, "1 Introduction", true), line(112, "1.1 Scope", true), line(124, "2 Method", true),
                line(136, "3 Results", true))));
        PdfOutline outline = PdfOutline.of(List.of(new PdfOutline.Entry("Introduction", 0, 1),
                new PdfOutline.Entry("Method", 0, 1), new PdfOutline.Entry("Results", 0, 1)));

        List<PdfHeading> headings = new HeadingDetector(METRICS, outline, PdfOutline.none()).detect(pages);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("1", "1.1", "2", "3");
    }

    @Test
    void headingWrappedOverTwoLinesIsJoinedWhenTheOutlineNamesTheWhole() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                line(100, "3.2 Chunk-wise Rollout: Deep Reasoning with Load-Balanced Reinforcement", true),
                line(125, "Learning", true),
                line(150, "Recent research has shown many things about reasoning and this is body text.", false))));
        PdfOutline outline = PdfOutline.of(List.of(new PdfOutline.Entry(
                "Chunk-wise Rollout: Deep Reasoning with Load-Balanced Reinforcement Learning", 1, 1)));

        List<PdfHeading> headings = new HeadingDetector(METRICS, outline, PdfOutline.none()).detect(pages);

        assertThat(headings).extracting(PdfHeading::title)
                .containsExactly("Chunk-wise Rollout: Deep Reasoning with Load-Balanced Reinforcement Learning");
    }

    @Test
    void withoutAnOutlineOnlyTypographySpeaks() {
        List<PdfHeading> headings = new HeadingDetector(METRICS, PdfOutline.none(), PdfOutline.none()).detect(PAGES);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("2");
    }

    @Test
    void outlineEntryOnAnotherPageDoesNotMakeABodyLineAHeading() {
        PdfOutline outline = PdfOutline.of(List.of(new PdfOutline.Entry("Introduction", 0, 9)));

        List<PdfHeading> headings = new HeadingDetector(METRICS, outline, PdfOutline.none()).detect(PAGES);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("2");
    }

    @Test
    void capitalsAtBodySizeAreHeadingsWithoutAnOutlineButNotALineOfCapitalsRunningToTheEdge() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                line(100, "1 I NTRODUCTION", false),
                line(112, "Large models are trained on many tokens and this line is ordinary body text.", false),
                line(124, "2 TRAINING-FREE SPARSE ATTENTION", false),
                new PdfLine(1, 136, List.of(new PdfCell("3 THE TABLE BELOW LISTS EVERY MODEL WE TRIED", 72, 540, 10, 0, 44))),
                line(148, "4 Results", true))));

        List<PdfHeading> headings = new HeadingDetector(METRICS, PdfOutline.none(), PdfOutline.none()).detect(pages);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("1", "2", "4");
        assertThat(headings.get(1).evidence()).contains("capitals at body size");
    }

    @Test
    void headingTheContentsListsOnAnotherPageIsNotVetoed() {
        List<PdfPage> pages = List.of(new PdfPage(3, 800, List.of(
                line(100, "1 Introduction", true), line(112, "2 Method", true), line(124, "3 Setup", true),
                line(136, "4 Results", true))));
        PdfOutline staleContents = PdfOutline.of(List.of(new PdfOutline.Entry("1 Introduction", 0, 3),
                new PdfOutline.Entry("2 Method", 0, 3), new PdfOutline.Entry("3 Setup", 0, 3),
                new PdfOutline.Entry("4 Results", 0, 7)));

        List<PdfHeading> headings = new HeadingDetector(METRICS, PdfOutline.none(), staleContents).detect(pages);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("1", "2", "3", "4");
    }

    @Test
    void outlineWordingReplacesThePrintedTitleOnlyWhenTheyDifferInCaseAndSpacing() {
        PdfOutline.Entry entry = new PdfOutline.Entry("3.2 Pre-training", 1, 5);

        assertThat(PdfOutline.ownWords(entry, "PRE - TRAINING")).isEqualTo("Pre-training");
        assertThat(PdfOutline.ownWords(entry, "P RE-TRAINING")).isEqualTo("Pre-training");
        assertThat(PdfOutline.ownWords(new PdfOutline.Entry("Pretraining", 1, 5), "Pre-Training")).isEqualTo("Pre-Training");
    }

    /**
     * LaTeX writes "??" in a bookmark for a reference it had not resolved yet; the page prints the number. The
     * bookmark still names that heading, so it is neither vetoed nor retitled: the printed words stand.
     */
    @Test
    void bookmarkWithAnUnresolvedReferenceConfirmsTheHeadingPrintedWithItsNumber() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                line(100, "1 Introduction", true), line(112, "2 Method", true), line(124, "3 Setup", true),
                line(136, "A Proof of Theorem 3.12", true), line(148, "A.1 Completing the Proof of Theorem 3.12", false))));
        PdfOutline outline = PdfOutline.of(List.of(new PdfOutline.Entry("1 Introduction", 0, 1),
                new PdfOutline.Entry("2 Method", 0, 1), new PdfOutline.Entry("3 Setup", 0, 1),
                new PdfOutline.Entry("A Proof of Theorem ??", 0, 1),
                new PdfOutline.Entry("A.1 Completing the Proof of Theorem ??", 1, 1)));

        List<PdfHeading> headings = new HeadingDetector(METRICS, outline, PdfOutline.none()).detect(pages);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("1", "2", "3", "A", "A.1");
        assertThat(headings).extracting(PdfHeading::title).endsWith("Proof of Theorem 3.12",
                "Completing the Proof of Theorem 3.12");
    }

    @Test
    void anUnresolvedReferenceStandsForOneLabelNotForWords() {
        PdfOutline outline = PdfOutline.of(List.of(new PdfOutline.Entry("B.1 Proof of Theorem ??", 1, 4),
                new PdfOutline.Entry("??", 1, 4)));

        assertThat(outline.match("Proof of Theorem 4.2", 4)).isPresent();
        assertThat(outline.match("Proof of Theorem A.1", 4)).isPresent();
        assertThat(outline.match("Proof of Theorem", 4)).isEmpty();
        assertThat(outline.match("Proof of Theorem and Lemma", 4)).isEmpty();
        assertThat(outline.match("Results", 4)).isEmpty();
    }

    @Test
    void bookmarkOfAnAppendixWithAColonNamesTheAppendixPrintedSo() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                line(100, "1 Introduction", true), line(112, "2 Method", true), line(124, "3 Setup", true),
                line(136, "Appendix A: Chat examples", true))));
        PdfOutline outline = PdfOutline.of(List.of(new PdfOutline.Entry("1 Introduction", 0, 1),
                new PdfOutline.Entry("2 Method", 0, 1), new PdfOutline.Entry("3 Setup", 0, 1),
                new PdfOutline.Entry("Appendix A: Chat examples", 0, 1)));

        List<PdfHeading> headings = new HeadingDetector(METRICS, outline, PdfOutline.none()).detect(pages);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("1", "2", "3", "A");
        assertThat(headings.get(3).evidence()).contains("outline entry \"Appendix A: Chat examples\"");
    }

    /** OMPD's title page prints "1 Rogue Wave Software" in bold (an affiliation mark) before "1 Introduction". */
    @Test
    void aStrayNumberBeforeTheFirstHeadingDoesNotTakeItsPlace() {
        List<PdfPage> pages = List.of(new PdfPage(1, 800, List.of(
                line(100, "1 Rogue Wave Software", true), line(112, "1 Introduction", true), line(124, "2 Method", true),
                line(136, "3 Setup", true), line(148, "4 Results", true))));
        PdfOutline outline = PdfOutline.of(List.of(new PdfOutline.Entry("Introduction", 0, 1),
                new PdfOutline.Entry("Method", 0, 1), new PdfOutline.Entry("Setup", 0, 1), new PdfOutline.Entry("Results", 0, 1)));

        List<PdfHeading> headings = new HeadingDetector(METRICS, outline, PdfOutline.none()).detect(pages);

        assertThat(headings).extracting(PdfHeading::title).containsExactly("Introduction", "Method", "Setup", "Results");
    }

    @Test
    void runInHeadingsAndAppendicesTheOutlineNamesAreCutAtTheirFullStop() {
        List<PdfHeading> headings = new HeadingDetector(METRICS, RUN_IN_OUTLINE, PdfOutline.none()).detect(RUN_IN_PAGES);

        assertThat(headings).extracting(PdfHeading::numberText).containsExactly("4", "4.1", "4.2", "A");
        assertThat(headings).extracting(PdfHeading::title)
                .containsExactly("Blocks", "World State", "Which History?", "Terminology");
    }

    /** Cutting a run-in heading off its line must not cut its section's first sentence out of the section's text. */
    @Test
    void theWordsAfterARunInHeadingBeginItsSection() {
        List<Section> sections = PdfReportAssembler.assemble("yp", "yp.pdf", "0", RUN_IN_PAGES, null, RUN_IN_OUTLINE)
                .sections();

        assertThat(sections).filteredOn(s -> s.number().equals("4.1")).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo(
                        "The world state is a mapping between addresses and account states."));
        assertThat(sections).filteredOn(s -> s.number().equals("4.2")).singleElement()
                .satisfies(s -> assertThat(s.text()).startsWith("Since the system is decentralised, parties may disagree.")
                        .contains("4.4. Out of turn. This run-in line is not in the outline"));
    }
}
