package dev.citegraph.extractor.ingest.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.extractor.ingest.Corpus;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.ingest.SectionQuality;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports from other labs (testdata/dev, fetched by bench/fetch-dev-corpus.sh): headings at 98% recall and precision
 * or better and the printed title. Skipped for a report whose PDF is not fetched.
 */
class DevCorpusTest {

    private static Path dev() {
        return Corpus.dir().resolveSibling("dev");
    }

    static List<String[]> reports() throws IOException {
        List<String[]> rows = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(dev().resolve("gold/docs.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode doc = mapper.readTree(line);
            rows.add(new String[] {doc.path("id").asText(), doc.path("file").asText(), doc.path("title").asText()});
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void findsTheGoldHeadingsAndThePrintedTitle(String id, String file, String title) {
        Path pdf = dev().resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(pdf), "run bench/fetch-dev-corpus.sh to fetch " + file);

        IngestedReport report = ReportReaders.read(pdf);
        SectionQuality quality = SectionQuality.compare(report.sections(),
                SectionQuality.readGold(dev().resolve("gold/sections/" + id + ".jsonl")));

        assertThat(report.document().title()).isEqualTo(title);
        assertThat(quality.recall()).as(quality.summary() + " missing " + quality.missing()).isGreaterThanOrEqualTo(0.98);
        assertThat(quality.precision()).as(quality.summary() + " unexpected " + quality.unexpected()).isGreaterThanOrEqualTo(0.98);
    }
}
