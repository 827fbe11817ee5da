package dev.citegraph.extractor.ingest.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.extractor.ingest.Corpus;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.ingest.TestPdfs;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A report's title is the one printed on its first page, never a sideways arXiv stamp or an identifier. */
class CorpusTitlesTest {

    static List<String[]> goldTitles() throws IOException {
        List<String[]> rows = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(Corpus.gold("docs.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode doc = mapper.readTree(line);
            if (Files.isRegularFile(Corpus.pdf(doc.path("file").asText()))) {
                rows.add(new String[] {doc.path("file").asText(), doc.path("title").asText()});
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldTitles")
    void titleIsThePrintedTitle(String file, String title) {
        assertThat(ReportReaders.read(Corpus.pdf(file)).document().title()).isEqualTo(title);
    }

    @Test
    void arXivStampSetSidewaysInTheMarginIsNotTheTitle() {
        String title = ReportReaders.read(Corpus.pdf("DeepSeekMoE.pdf")).document().title();

        assertThat(title).doesNotContainIgnoringCase("arxiv").startsWith("DeepSeekMoE: Towards Ultimate");
    }

    @Test
    void titleRepeatedSmallInTheRunningHeaderOfTheNextPagesIsStillTheTitle(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("headed.pdf");
        try (PDDocument document = new PDDocument()) {
            TestPdfs.addPage(document, List.of("##Flash Thinking Technical Report", "**Abstract",
                    "We present a model and this first page says what it does in ordinary words."));
            for (int page = 2; page <= 4; page++) {
                TestPdfs.addPage(document, List.of("Flash Thinking Technical Report",
                        "Body text of page " + page + " runs along the line as paragraphs in a report do."));
            }
            document.save(file.toFile());
        }

        assertThat(ReportReaders.read(file).document().title()).isEqualTo("Flash Thinking Technical Report");
    }

    @Test
    void metadataTitleCountsOnlyWhenItIsARealTitle() {
        assertThat(DocumentTitle.isRealTitle("Scaling Laws for Neural Language Models")).isTrue();
        assertThat(DocumentTitle.isRealTitle("Microsoft Word - report_final.docx")).isFalse();
        assertThat(DocumentTitle.isRealTitle("main.pdf")).isFalse();
        assertThat(DocumentTitle.isRealTitle("untitled")).isFalse();
        assertThat(DocumentTitle.isRealTitle("arXiv:2401.06066v1")).isFalse();
        assertThat(DocumentTitle.isRealTitle("  ")).isFalse();
    }
}
