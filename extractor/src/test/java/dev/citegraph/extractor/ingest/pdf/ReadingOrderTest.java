package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.Corpus;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.verify.QuoteLocator;
import dev.citegraph.graph.model.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sub- and superscripts stay with their symbol: no glyph of a formula lands in another sentence. */
class ReadingOrderTest {

    private static IngestedReport v3;

    @BeforeAll
    static void read() {
        v3 = ReportReaders.read(Corpus.pdf("DeepSeek_V3.pdf"));
    }

    @Test
    void subscriptStaysWithItsSymbolInDeepSeekV3Section42() {
        String text = section("4.2").text();

        assertThat(text).contains("we set the per-head dimension dRh to 64. We substitute all FFNs");
        assertThat(text).doesNotContain("We h substitute");
    }

    @Test
    void quoteCopiedFromThePdfAroundAFormulaIsFoundInTheSectionText() {
        String quote = "For the decoupled queries and key, we set the per-head dimension d R h to 64. "
                + "We substitute all FFNs except for the first three layers with MoE layers.";

        assertThat(QuoteLocator.locate(section("4.2"), quote)).isPresent();
    }

    private static Section section(String number) {
        return v3.sections().stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow();
    }
}
