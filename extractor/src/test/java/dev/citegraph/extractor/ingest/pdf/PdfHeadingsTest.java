package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.ingest.TestPdfs;
import dev.citegraph.graph.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Headings come from text and font together (lines starting "**" are set in bold). */
class PdfHeadingsTest {

    @TempDir
    Path dir;

    @Test
    void referenceLinesThatLookNumberedAreNotHeadings() throws IOException {
        IngestedReport report = read(List.of(
                "**1 Introduction",
                "We study things.",
                "**2 Results",
                "They hold.",
                "A. P. Gema, J. Leang, and others. Are we done with MMLU? 2024.",
                "B. Smith. A study of studies. 2023.",
                "**A Additional Results",
                "More of them."));

        assertThat(numbered(report)).extracting(Section::number).containsExactly("1", "2", "A");
        assertThat(section(report, "2").text()).contains("A. P. Gema, J. Leang");
        assertThat(section(report, "A").title()).isEqualTo("Additional Results");
    }

    @Test
    void boldNumberedLinesOutOfSequenceAreNotHeadings() throws IOException {
        IngestedReport report = read(List.of(
                "**1 Introduction",
                "**2 Method",
                "**1 Step one of the method is set in bold",
                "**3 Results"));

        assertThat(numbered(report)).extracting(Section::number).containsExactly("1", "2", "3");
    }

    @Test
    void aBoldNumberOverAFigureLosesToTheSectionThatComesNext() throws IOException {
        IngestedReport report = read(List.of(
                "**6 Analysis",
                "**6.1 Loads",
                "Loads are balanced.",
                "**62 Expert Load Heatmap Across Layers",
                "**7 Conclusion",
                "We conclude.",
                "**A Authors"));

        assertThat(numbered(report)).extracting(Section::number).containsExactly("6", "6.1", "7", "A");
    }

    @Test
    void aTitleMayStartWithANameWrittenInLowerCaseFirst() throws IOException {
        IngestedReport report = read(List.of("**3 Infrastructure", "**3.1 Rollout", "Text.", "**3.2 vLLM-based Inference",
                "More text.", "**4 Results"));

        assertThat(numbered(report)).extracting(Section::title)
                .containsExactly("Infrastructure", "Rollout", "vLLM-based Inference", "Results");
    }

    @Test
    void numberedLinesInTheBodyFaceThatComeNextWhereHeadingsOfTheirLevelStandAreHeadings() throws IOException {
        IngestedReport report = read(List.of(
                "**5 Flows",
                "**5.1 Sync Flows",
                "5.1.1 Two-Step Sync",
                "5.1.2 One-Step Sync",
                "**5.2 Holdover",
                "**5.2.1 Definition",
                "The clock keeps time without a source for as long as its oscillator stays within the bounds set.",
                "**5.2.2 Indication",
                "The clock keeps time without a source for as long as its oscillator stays within the bounds set."));

        assertThat(numbered(report)).extracting(Section::number)
                .containsExactly("5", "5.1", "5.1.1", "5.1.2", "5.2", "5.2.1", "5.2.2");
    }

    @Test
    void numberedLinesInTheBodyFaceStayTextWhenOutOfTurnOrAtALevelNoHeadingIsSetLike() throws IOException {
        IngestedReport report = read(List.of(
                "**1 Method",
                "**1.1 Data",
                "1.1.1 Collect the pages",
                "1.1.2 Clean them",
                "**1.2 Model",
                "It is small.",
                "3.2 Gbps Links Are Enough",
                "**2 Results"));

        assertThat(numbered(report)).extracting(Section::number).containsExactly("1", "1.1", "1.2", "2");
    }

    @Test
    void trailingDotOfTheNumberIsDroppedAndLevelsFollowDots() throws IOException {
        IngestedReport report = read(List.of("**3. Infrastructures", "**3.1. Compute Clusters", "**3.1.1. Nodes", "Text."));

        assertThat(numbered(report)).extracting(Section::number).containsExactly("3", "3.1", "3.1.1");
        assertThat(numbered(report)).extracting(Section::level).containsExactly(1, 2, 3);
        assertThat(section(report, "3.1.1").parentId()).isEqualTo("report#3.1");
    }

    @Test
    void textBeforeTheFirstHeadingIsFrontMatter() throws IOException {
        IngestedReport report = read(List.of("A Title", "Some Authors", "**1 Introduction", "Body."));

        Section front = report.sections().get(0);
        assertThat(front.number()).isEmpty();
        assertThat(front.title()).isEqualTo("Front matter");
        assertThat(front.level()).isZero();
        assertThat(front.text()).contains("Some Authors");
    }

    @Test
    void reportWithoutNumbersSplitsAtLargeBoldHeadings() throws IOException {
        IngestedReport report = read(List.of("A title line", "##Introduction", "Why we did it.", "##Related Work",
                "Who did it before."));

        assertThat(report.sections()).extracting(Section::title).containsExactly("Front matter", "Introduction", "Related Work");
        assertThat(report.sections().get(2).text()).isEqualTo("Who did it before.");
    }

    private IngestedReport read(List<String> lines) throws IOException {
        return ReportReaders.read(TestPdfs.withText(dir.resolve("report.pdf"), lines));
    }

    private static List<Section> numbered(IngestedReport report) {
        return report.sections().stream().filter(s -> !s.number().isEmpty()).toList();
    }

    private static Section section(IngestedReport report, String number) {
        return numbered(report).stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow();
    }
}
