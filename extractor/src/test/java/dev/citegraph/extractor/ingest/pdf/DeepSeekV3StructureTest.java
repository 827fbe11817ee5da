package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.Corpus;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.graph.model.PageStart;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The DeepSeek-V3 report read as its authors structured it. */
class DeepSeekV3StructureTest {

    private static IngestedReport report;

    @BeforeAll
    static void read() {
        report = ReportReaders.read(Corpus.pdf("DeepSeek_V3.pdf"));
    }

    @Test
    void documentCarriesIdTitlePagesAndHash() {
        assertThat(report.document().id()).isEqualTo("deepseek-v3");
        assertThat(report.document().title()).isEqualTo("DeepSeek-V3 Technical Report");
        assertThat(report.document().pages()).isEqualTo(53);
        assertThat(report.document().sha256()).hasSize(64);
    }

    @Test
    void abstractIsAnUnnumberedFrontMatterSection() {
        Section front = report.sections().get(0);
        assertThat(front.number()).isEmpty();
        assertThat(front.title()).isEqualTo("Abstract");
        assertThat(front.level()).isZero();
        assertThat(front.pageStart()).isEqualTo(1);
        assertThat(front.text()).contains("671B total parameters with 37B activated for each token");
    }

    @Test
    void contentsPagesAreNeitherHeadingsNorText() {
        assertThat(report.sections()).allSatisfy(s -> assertThat(s.text()).doesNotContainPattern("(\\. ){5}"));
        assertThat(report.sections()).filteredOn(s -> !s.number().isEmpty())
                .allSatisfy(s -> assertThat(s.pageStart()).isGreaterThanOrEqualTo(4));
    }

    @Test
    void joinsHeadingWrappedOverTwoLines() {
        Section c = section("C");
        assertThat(c.title()).isEqualTo("Expert Specialization Patterns of the 16B Aux-Loss-Based and Aux-Loss-Free Models");
        assertThat(c.pageStart()).isEqualTo(48);
        assertThat(c.level()).isEqualTo(1);
    }

    @Test
    void levelsAndParentsFollowTheNumbers() {
        Section mixed = section("3.3.1");
        assertThat(mixed.title()).isEqualTo("Mixed Precision Framework");
        assertThat(mixed.level()).isEqualTo(3);
        assertThat(mixed.parentId()).isEqualTo("deepseek-v3#3.3");
        assertThat(section("3.3").parentId()).isEqualTo("deepseek-v3#3");
        assertThat(section("B.1").parentId()).isEqualTo("deepseek-v3#B");
        assertThat(section("B.1").level()).isEqualTo(2);
    }

    @Test
    void rejoinsLineEndHyphenationAndKeepsRealHyphens() {
        assertThat(report.sections().get(0).text()).contains("DeepSeekMoE architectures, which were thoroughly");
        String intro = section("1").text();
        assertThat(intro).contains("DeepSeek-V3 pioneers an auxiliary-loss-free strategy");
        assertThat(intro).contains("validated in DeepSeek-V2 (DeepSeek-AI, 2024c)");
        assertThat(intro).contains("from the DeepSeek-R1 series of models");
    }

    @Test
    void trainingCostTableIsAttachedToTheSectionThatPrintsIt() {
        Table costs = section("1").tables().get(0);
        assertThat(costs.label()).isEqualTo("Table 1");
        assertThat(costs.caption()).startsWith("Training costs of DeepSeek-V3");
        assertThat(costs.page()).isEqualTo(5);
        assertThat(costs.rows()).contains(List.of("in H800 GPU Hours", "2664K", "119K", "5K", "2788K"));
        assertThat(section("1").text()).contains("in H800 GPU Hours 2664K 119K 5K 2788K");
    }

    @Test
    void pageStartsMapTextToItsPrintedPage() {
        Section intro = section("1");
        PageStart five = intro.pageStarts().stream().filter(p -> p.page() == 5).findFirst().orElseThrow();
        assertThat(intro.text().substring(five.offset())).startsWith("Training Costs Pre-Training");
        assertThat(intro.pageAt(intro.text().indexOf("14.8T high-quality and diverse tokens"))).isEqualTo(4);
        assertThat(intro.pageAt(intro.text().indexOf("2664K GPU hours"))).isEqualTo(5);
    }

    @Test
    void pageNumbersAreDropped() {
        assertThat(section("1").text()).doesNotContainPattern("model accuracy\\s+4\\s");
    }

    @Test
    void mathItalicsFoldToLetters() {
        assertThat(section("2.1.1").text()).doesNotContainPattern("[\\x{1D400}-\\x{1D7FF}]");
    }

    private static Section section(String number) {
        return report.sections().stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow();
    }
}
