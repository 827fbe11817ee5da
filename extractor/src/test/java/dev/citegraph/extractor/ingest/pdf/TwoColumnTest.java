package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.ingest.TestPdfs;
import dev.citegraph.graph.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TwoColumnTest {

    @TempDir
    Path dir;

    @Test
    void readsTheLeftColumnBeforeTheRightOne() throws IOException {
        List<String> left = new ArrayList<>(List.of("**1 Introduction"));
        List<String> right = new ArrayList<>(List.of("**2 Method"));
        for (int i = 0; i < 14; i++) {
            left.add("left column words number " + i + " go on and on");
            right.add("right column words number " + i + " go on too");
        }
        Path pdf = TestPdfs.twoColumns(dir.resolve("columns.pdf"), left, right);

        IngestedReport report = ReportReaders.read(pdf);

        List<Section> numbered = report.sections().stream().filter(s -> !s.number().isEmpty()).toList();
        assertThat(numbered).extracting(Section::title).containsExactly("Introduction", "Method");
        assertThat(numbered.get(0).text()).contains("left column words number 13").doesNotContain("right column");
        assertThat(numbered.get(1).text()).contains("right column words number 0").doesNotContain("left column");
    }

    /**
     * Columns whose lines do not share baselines (a display equation or a heading with space around it shifts one
     * column by half a line, as on most pages of the Ethereum Yellow Paper): each line stands alone on its side of the
     * gutter, and the page is still read left column first.
     */
    @Test
    void readsColumnsWhoseLinesStandOnDifferentBaselines() throws IOException {
        List<String> left = columnLines("left", "**1 Introduction");
        List<String> right = columnLines("right", "**2 Method");
        Path pdf = TestPdfs.twoColumnsUnder(dir.resolve("shifted.pdf"), List.of(), left, right, 6);

        List<Section> numbered = numbered(ReportReaders.read(pdf));

        assertThat(numbered).extracting(Section::title).containsExactly("Introduction", "Method");
        assertThat(numbered.get(0).text()).contains("left column words number 13").doesNotContain("right column");
        assertThat(numbered.get(1).text()).contains("right column words number 0").doesNotContain("left column");
    }

    /**
     * A title and an abstract printed across the whole page above the columns (the first page of most two-column
     * papers) cross the gutter, but above the columns, not between their lines: the columns below are still read one
     * after the other.
     */
    @Test
    void readsTwoColumnsBelowAPageWideTitleAndAbstract() throws IOException {
        List<String> across = List.of("Ethereum: a Secure Decentralised Generalised Transaction Ledger, Described at Length",
                "Abstract. The blockchain paradigm when coupled with cryptographically secured transactions has shown",
                "its utility through a number of projects, with one of them being the most notable of all such ones.",
                "Each such project can be seen as a simple application on a decentralised but singleton resource.",
                "We call this paradigm a transactional singleton machine with shared state, and here we give it.",
                "We discuss its design, implementation issues, the opportunities it provides and future hurdles.");
        List<String> left = columnLines("left", "**1 Introduction");
        List<String> right = columnLines("right", "**2 Method");
        Path pdf = TestPdfs.twoColumnsUnder(dir.resolve("abstract.pdf"), across, left, right, 0);

        List<Section> numbered = numbered(ReportReaders.read(pdf));

        assertThat(numbered).extracting(Section::title).containsExactly("Introduction", "Method");
        assertThat(numbered.get(0).text()).contains("left column words number 13").doesNotContain("right column");
        assertThat(numbered.get(1).text()).contains("right column words number 0").doesNotContain("left column");
    }

    private static List<String> columnLines(String side, String heading) {
        List<String> lines = new ArrayList<>(List.of(heading));
        for (int i = 0; i < 14; i++) lines.add(side + " column words number " + i + " go on and on");
        return lines;
    }

    private static List<Section> numbered(IngestedReport report) {
        return report.sections().stream().filter(s -> !s.number().isEmpty()).toList();
    }

    /**
     * A page-wide table above two columns (its header and caption cross the gutter): the prose below is still read as
     * two columns, so a heading halfway down the right column is found (StepFun's Step-3 report, section 4.2).
     */
    @Test
    void readsTwoColumnsBelowAPageWideTable() throws IOException {
        float[] cellXs = {56, 120, 200, 380, 480};
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Model", "Memory access", "Attention computation (FLOPs)", "Linear", "FFN"));
        rows.add(List.of("", "(bytes)", "without the linear parts (FLOPs)", "(FLOPs)", "(FLOPs)"));
        for (int i = 0; i < 10; i++) rows.add(List.of("Model " + i, i + ".5e8", i + ".1e10", i + ".2e10", i + ".3e10"));
        rows.add(List.of("", "", "Table 2: Theoretical computation and memory access per token, all models."));
        List<String> left = new ArrayList<>(List.of("**1 Introduction"));
        List<String> right = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            left.add("left column words number " + i + " go on and on");
            right.add(i == 6 ? "**2 Method" : "right column words number " + i + " go on too");
        }
        Path pdf = TestPdfs.twoColumnsBelowATable(dir.resolve("table-columns.pdf"), cellXs, rows, left, right);

        IngestedReport report = ReportReaders.read(pdf);

        List<Section> numbered = report.sections().stream().filter(s -> !s.number().isEmpty()).toList();
        assertThat(numbered).extracting(Section::title).containsExactly("Introduction", "Method");
        assertThat(numbered.get(0).text()).contains("left column words number 13", "right column words number 5")
                .doesNotContain("right column words number 7");
        assertThat(numbered.get(1).text()).contains("right column words number 13").doesNotContain("left column");
    }

    /**
     * A page-wide figure of short formula lines over most of the page (the typing rules of a paper on a type system),
     * two columns of prose under it: the figure's many lines do not count against the columns, so the columns are read
     * one after the other and a heading at the top of the left column is not run into the right column's first line
     * (the WebAssembly paper's "4.2 Soundness").
     */
    @Test
    void readsTwoColumnsBelowAPageWideFigureOfManyShortLines() throws IOException {
        float[] cellXs = {90, 360};
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) rows.add(List.of("C |- t.unop " + i + " : t -> t", "C |- t.relop " + i + " : t t -> i32"));
        List<String> left = new ArrayList<>(List.of("**1 Introduction"));
        List<String> right = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            left.add("left column words number " + i + " go on and on");
            right.add(i == 4 ? "**2 Method" : "right column words number " + i + " go on too");
        }
        Path pdf = TestPdfs.twoColumnsBelowATable(dir.resolve("figure-columns.pdf"), cellXs, rows, left, right);

        List<Section> numbered = numbered(ReportReaders.read(pdf));

        assertThat(numbered).extracting(Section::title).containsExactly("Introduction", "Method");
        assertThat(numbered.get(0).text()).contains("left column words number 8", "right column words number 3")
                .doesNotContain("right column words number 5");
        assertThat(numbered.get(1).text()).contains("right column words number 8").doesNotContain("left column");
    }

    /**
     * A table set in the left column beside the prose of the right column, each row on a baseline of the prose, under
     * page-wide text (the results pages of a CVPR paper, where wide tables fill the top of the page): the rows are
     * tables, but their last cell is a column of prose, so they show the gutter, and the heading printed beside the
     * table's head row is read apart from it, in the right column after the table (IXC2.5-OL's "4.2. Video
     * Benchmarks").
     */
    @Test
    void readsAHeadingBesideATableInTheOtherColumn() throws IOException {
        List<String> across = List.of("**1 Introduction",
                "Table 4. Evaluation results on a long video benchmark across the whole width of the page, as wide",
                "tables are set at the top of a page of a two-column conference paper, followed by one in a column.");
        float[] cellXs = {56, 150, 200, 250};
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Model", "Size", "Short", "Long"));
        for (int i = 0; i < 13; i++) rows.add(List.of("Model " + i, i + "B", i + "0.5", i + "1.5"));
        List<String> right = new ArrayList<>(List.of("**2 Method"));
        for (int i = 0; i < 13; i++) right.add("right column words number " + i + " go on too");
        Path pdf = TestPdfs.tableBesideAColumn(dir.resolve("table-beside.pdf"), across, cellXs, rows, right);

        List<Section> numbered = numbered(ReportReaders.read(pdf));

        assertThat(numbered).extracting(Section::title).containsExactly("Introduction", "Method");
        assertThat(numbered.get(0).text()).contains("Model 12").doesNotContain("right column");
        assertThat(numbered.get(1).text()).contains("right column words number 0", "right column words number 12")
                .doesNotContain("Model");
    }
}
