package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.ingest.TestPdfs;
import dev.citegraph.graph.model.Section;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table of contents is a signal like the outline: it confirms numbered headings that typography misses (small
 * capitals at body size, read letter-spaced), gives their titles in the report's own words, vetoes a bold numbered
 * line it does not list, and its printed page numbers are mapped to PDF pages. Real PDFs without an outline.
 */
class ContentsSignalTest {

    private static final String BODY = "Ordinary body text that runs along the line as paragraphs in a report do.";

    @TempDir
    Path dir;

    /** A cover page, a contents page whose page numbers start at the first body page, then two body pages. */
    private IngestedReport report() throws IOException {
        Path file = dir.resolve("contents.pdf");
        try (PDDocument document = new PDDocument()) {
            TestPdfs.addPage(document, List.of("##A Report With Contents", "The Team"));
            TestPdfs.addPage(document, List.of("Contents",
                    "1 Introduction . . . . . . . . . . . . . . . . . . . . 1",
                    "2 Method . . . . . . . . . . . . . . . . . . . . . . . 1",
                    "2.1 Data Sources . . . . . . . . . . . . . . . . . . 2",
                    "3 Results . . . . . . . . . . . . . . . . . . . . . . 2",
                    "4 Discussion . . . . . . . . . . . . . . . . . . . . 2"));
            TestPdfs.addPage(document, body("1 I NTRODUCTION", "2 M ETHOD"));
            TestPdfs.addPage(document, body("2.1 D ATA S OURCES", "**3 Results", "**4 Discussion",
                    "**5 Tokens were counted twice over"));
            document.save(file.toFile());
        }
        return ReportReaders.read(file);
    }

    private static List<String> body(String... headings) {
        List<String> lines = new ArrayList<>();
        for (String heading : headings) {
            lines.add(heading);
            for (int i = 0; i < 4; i++) lines.add(BODY);
        }
        return lines;
    }

    @Test
    void smallCapitalHeadingsAtBodySizeAreTakenWhereTheContentsListsThemInItsOwnWords() throws IOException {
        List<Section> numbered = numbered(report());

        assertThat(numbered).extracting(Section::number).containsExactly("1", "2", "2.1", "3", "4");
        assertThat(numbered).extracting(Section::title)
                .containsExactly("Introduction", "Method", "Data Sources", "Results", "Discussion");
    }

    @Test
    void printedPageNumbersAreMappedToThePagesOfThePdf() throws IOException {
        assertThat(numbered(report())).extracting(Section::pageStart).containsExactly(3, 3, 4, 4, 4);
    }

    @Test
    void explainSaysTheContentsListedTheHeading() throws IOException {
        IngestedReport report = report();

        assertThat(report.evidenceFor("1")).contains("small capitals", "contents entry \"1 Introduction\" (p.3)");
        assertThat(report.evidenceFor("3")).startsWith("bold").contains("contents entry \"3 Results\" (p.4)");
    }

    @Test
    void boldNumberedLineTheContentsDoesNotListLosesWhereTheContentsListsTheOthers() throws IOException {
        IngestedReport report = report();

        assertThat(numbered(report)).extracting(Section::number).doesNotContain("5");
        assertThat(numbered(report).get(4).text()).contains("Tokens were counted twice over");
    }

    @Test
    void entryWrappedOverTwoLinesIsOneEntry() {
        List<PdfLine> lines = List.of(contentsLine("3.2 Chunk-wise Rollout with Load-Balanced"),
                contentsLine("Reinforcement Learning . . . . . . . . 14"));

        assertThat(ContentsSignal.entries(lines)).containsExactly(new ContentsSignal.Listed(
                dev.citegraph.extractor.ingest.HeadingNumber.parse("3.2").orElseThrow(),
                "Chunk-wise Rollout with Load-Balanced Reinforcement Learning", 14));
    }

    /**
     * A word processor's export that sets each digit of a page number apart ("... 1 2" for page 12, a LibreOffice
     * export of a Word manual): the digits after the leaders are one page number, not page 2 of a title ending in "1".
     */
    @Test
    void pageNumberWhoseDigitsStandApartIsOnePageNumber() {
        List<PdfLine> lines = List.of(contentsLine("2.8.1 Region Access Control Register (mrac) . . . . . . . . 1 2"),
                contentsLine("9.1.1 Control/Status Registers in JTAG Address Space ............ 7 0"));

        assertThat(ContentsSignal.entries(lines)).containsExactly(
                new ContentsSignal.Listed(dev.citegraph.extractor.ingest.HeadingNumber.parse("2.8.1").orElseThrow(),
                        "Region Access Control Register (mrac)", 12),
                new ContentsSignal.Listed(dev.citegraph.extractor.ingest.HeadingNumber.parse("9.1.1").orElseThrow(),
                        "Control/Status Registers in JTAG Address Space", 70));
    }

    /**
     * A title in lower case (the name of a test, "breakpoint") is no heading by typography alone, but is one where the
     * contents lists it; a bold numbered line in lower case that nothing names stays body text.
     */
    @Test
    void titleInLowerCaseIsAHeadingWhereTheContentsListsIt() throws IOException {
        Path file = dir.resolve("lower-case.pdf");
        try (PDDocument document = new PDDocument()) {
            TestPdfs.addPage(document, List.of("##A Report With Contents", "The Team"));
            TestPdfs.addPage(document, List.of("Contents",
                    "1 Introduction . . . . . . . . . . . . . . . . . . . . 1",
                    "2 Failures . . . . . . . . . . . . . . . . . . . . . . 1",
                    "2.1 misaligned-jump . . . . . . . . . . . . . . . . . 1",
                    "2.2 breakpoint . . . . . . . . . . . . . . . . . . . . 2",
                    "3 Results . . . . . . . . . . . . . . . . . . . . . . 2"));
            TestPdfs.addPage(document, body("**1 Introduction", "**2 Failures", "**2.1 misaligned-jump"));
            TestPdfs.addPage(document, body("**2.2 breakpoint", "**3 times faster than the last release", "**3 Results"));
            document.save(file.toFile());
        }

        List<Section> numbered = numbered(ReportReaders.read(file));

        assertThat(numbered).extracting(Section::number).containsExactly("1", "2", "2.1", "2.2", "3");
        assertThat(numbered).extracting(Section::title)
                .containsExactly("Introduction", "Failures", "misaligned-jump", "breakpoint", "Results");
        assertThat(numbered.get(3).text()).contains("3 times faster than the last release");
    }

    @Test
    void entryTooLongForLeadersEndsTheContentsAndIsAnEntry() {
        PdfPage page = new PdfPage(2, 800, List.of(contentsLine("Contents"),
                contentsLine("1 Introduction . . . . . . . . . . . . 3"),
                contentsLine("C Expert Specialization Patterns of the Aux-Loss-Based and Aux-Loss-Free Models 48"),
                contentsLine("Large models are trained on many tokens.")));

        assertThat(ContentsSignal.entries(ContentsPages.entries(page))).extracting(ContentsSignal.Listed::printedPage)
                .containsExactly(3, 48);
        assertThat(ContentsPages.withoutEntries(page).lines()).extracting(PdfLine::text)
                .containsExactly("Large models are trained on many tokens.");
    }

    private static PdfLine contentsLine(String text) {
        return new PdfLine(2, 100, List.of(new PdfCell(text, 72, 72 + 5 * text.length(), 10, 0, text.length())));
    }

    private static List<Section> numbered(IngestedReport report) {
        return report.sections().stream().filter(s -> !s.number().isEmpty()).toList();
    }
}
