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
}
