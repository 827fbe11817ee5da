package dev.citegraph.extractor.ingest.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.extractor.ingest.Corpus;
import dev.citegraph.extractor.ingest.ReportReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
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
    void metadataTitleCountsOnlyWhenItIsARealTitle() {
        assertThat(DocumentTitle.isRealTitle("Scaling Laws for Neural Language Models")).isTrue();
        assertThat(DocumentTitle.isRealTitle("Microsoft Word - report_final.docx")).isFalse();
        assertThat(DocumentTitle.isRealTitle("main.pdf")).isFalse();
        assertThat(DocumentTitle.isRealTitle("untitled")).isFalse();
        assertThat(DocumentTitle.isRealTitle("arXiv:2401.06066v1")).isFalse();
        assertThat(DocumentTitle.isRealTitle("  ")).isFalse();
    }
}
