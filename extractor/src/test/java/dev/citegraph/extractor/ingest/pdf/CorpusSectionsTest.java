package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.Corpus;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReadOptions;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.ingest.SectionQuality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusSectionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "DeepSeek_V3.pdf, deepseek-v3",
            "DeepSeek_V2.pdf, deepseek-v2",
            "DeepSeek_R1.pdf, deepseek-r1",
            "DeepSeekMoE.pdf, deepseekmoe",
    })
    void findsTheGoldHeadingsWithTheirPages(String file, String id) {
        IngestedReport report = ReportReaders.read(Corpus.pdf(file), ReadOptions.defaults());

        SectionQuality quality = SectionQuality.compare(report.sections(),
                SectionQuality.readGold(Corpus.gold("sections/" + id + ".jsonl")));

        assertThat(report.document().id()).isEqualTo(id);
        assertThat(quality.recall()).as(quality.summary() + " missing " + quality.missing()).isGreaterThanOrEqualTo(0.98);
        assertThat(quality.precision()).as(quality.summary() + " unexpected " + quality.unexpected()).isGreaterThanOrEqualTo(0.98);
    }
}
