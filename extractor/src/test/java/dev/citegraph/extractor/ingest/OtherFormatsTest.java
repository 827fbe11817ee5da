package dev.citegraph.extractor.ingest;

import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown, HTML and plain text become the same kind of section tree, their format told by content. */
class OtherFormatsTest {

    private static final String MARKDOWN = String.join("\n",
            "# A Small Model Report",
            "",
            "We describe a small model.",
            "",
            "## 1 Introduction",
            "",
            "The model has 7B parameters.",
            "",
            "## 3.3.1 Mixed Precision Framework",
            "",
            "Most compute runs in FP8.",
            "",
            "Table 1: Training costs.",
            "",
            "| Stage | GPU hours |",
            "|---|---|",
            "| Pre-Training | 2664K |",
            "",
            "### Notes",
            "",
            "Unnumbered headings nest too.",
            "");

    @TempDir
    Path dir;

    @Test
    void markdownHeadingsTakeTheirLevelFromTheirNumber() throws IOException {
        IngestedReport report = ReportReaders.read(Files.writeString(dir.resolve("Small_Report.md"), MARKDOWN));

        assertThat(report.document().id()).isEqualTo("small-report");
        assertThat(report.document().title()).isEqualTo("A Small Model Report");
        assertThat(report.sections()).extracting(Section::number).containsExactly("", "1", "3.3.1", "");
        Section framework = report.sections().get(2);
        assertThat(framework.title()).isEqualTo("Mixed Precision Framework");
        assertThat(framework.level()).isEqualTo(3);
        Section notes = report.sections().get(3);
        assertThat(notes.title()).isEqualTo("Notes");
        assertThat(notes.level()).isEqualTo(4);
        assertThat(notes.parentId()).isEqualTo(framework.id());
    }

    @Test
    void markdownTablesKeepRowsWhole() throws IOException {
        IngestedReport report = ReportReaders.read(Files.writeString(dir.resolve("report.md"), MARKDOWN));

        Section framework = report.sections().get(2);
        Table table = framework.tables().get(0);
        assertThat(table.label()).isEqualTo("Table 1");
        assertThat(table.caption()).isEqualTo("Training costs.");
        assertThat(table.rows()).containsExactly(List.of("Stage", "GPU hours"), List.of("Pre-Training", "2664K"));
        assertThat(framework.text()).contains("Pre-Training 2664K");
        assertThat(framework.pageStart()).isZero();
    }

    @Test
    void markdownIsRecognisedWhateverTheFileIsCalled() throws IOException {
        IngestedReport report = ReportReaders.read(Files.writeString(dir.resolve("report.txt"), MARKDOWN));

        assertThat(report.sections()).extracting(Section::number).contains("3.3.1");
    }

    @Test
    void htmlHeadingsTablesAndParagraphs() throws IOException {
        String html = "<!DOCTYPE html><html><head><title>HTML Report</title><script>var x;</script></head><body>"
                + "<nav>Home | About</nav><p>Front words.</p>"
                + "<h2>2 Architecture</h2><p>It uses MLA.</p>"
                + "<h3>2.1 Attention</h3><div><p>Keys are compressed.</p></div>"
                + "<table><caption>Table 2: Sizes</caption><tr><th>Model</th><th>Params</th></tr>"
                + "<tr><td>Small</td><td>7B</td></tr></table></body></html>";
        IngestedReport report = ReportReaders.read(Files.writeString(dir.resolve("page.data"), html));

        assertThat(report.document().title()).isEqualTo("HTML Report");
        assertThat(report.sections()).extracting(Section::number).containsExactly("", "2", "2.1");
        Section attention = report.sections().get(2);
        assertThat(attention.parentId()).isEqualTo("page#2");
        assertThat(attention.text()).contains("Keys are compressed.").contains("Small 7B").doesNotContain("var x");
        assertThat(attention.tables().get(0).label()).isEqualTo("Table 2");
        assertThat(attention.tables().get(0).rows()).containsExactly(List.of("Model", "Params"), List.of("Small", "7B"));
        assertThat(report.sections().get(0).text()).isEqualTo("Front words.").doesNotContain("Home");
    }

    @Test
    void plainTextNumberedLinesAreHeadings() throws IOException {
        String text = String.join("\n",
                "A Plain Report",
                "",
                "1 Introduction",
                "",
                "We trained a model",
                "on many tokens.",
                "",
                "2 Results",
                "",
                "3 results were good, and 2 were not.",
                "",
                "2.1 Costs",
                "",
                "It cost little.",
                "");
        IngestedReport report = ReportReaders.read(Files.writeString(dir.resolve("plain.txt"), text));

        assertThat(report.document().title()).isEqualTo("A Plain Report");
        assertThat(report.sections()).extracting(Section::number).containsExactly("", "1", "2", "2.1");
        assertThat(report.sections().get(1).text()).isEqualTo("We trained a model on many tokens.");
        assertThat(report.sections().get(2).text()).contains("3 results were good");
    }
}
