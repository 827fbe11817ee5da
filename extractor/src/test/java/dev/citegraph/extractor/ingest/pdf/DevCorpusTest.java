package dev.citegraph.extractor.ingest.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.extractor.ingest.Corpus;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.ingest.SectionQuality;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
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
 * or better and the printed title, and the headings again with the PDF's outline taken away, so typography and the
 * contents page must find them alone (as in a Word or Google Docs export without bookmarks). Skipped for a report
 * whose PDF is not fetched.
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
        assertAtTarget(quality);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void findsTheGoldHeadingsWithTheOutlineTakenAway(String id, String file, String title, @TempDir Path dir)
            throws IOException {
        Path pdf = dev().resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(pdf), "run bench/fetch-dev-corpus.sh to fetch " + file);
        Path withoutOutline = dir.resolve(id + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            document.getDocumentCatalog().setDocumentOutline(null);
            document.save(withoutOutline.toFile());
        }

        IngestedReport report = ReportReaders.read(withoutOutline);

        assertAtTarget(SectionQuality.compare(report.sections(),
                SectionQuality.readGold(dev().resolve("gold/sections/" + id + ".jsonl"))));
    }

    private static void assertAtTarget(SectionQuality quality) {
        assertThat(quality.recall()).as(quality.summary() + " missing " + quality.missing()).isGreaterThanOrEqualTo(0.98);
        assertThat(quality.precision()).as(quality.summary() + " unexpected " + quality.unexpected()).isGreaterThanOrEqualTo(0.98);
    }
}
