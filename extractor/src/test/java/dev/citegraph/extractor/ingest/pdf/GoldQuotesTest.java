package dev.citegraph.extractor.ingest.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.extractor.ingest.Corpus;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.graph.model.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gold facts' quotes stand in the text of the section they cite, on the page they cite. Whitespace is left out of
 * the comparison: extractors differ in the spaces they put around math ("10−4 ," against "10−4,"). Math glyphs
 * stacked at one x position (a prime over a subscript) may come out in either order, hence 98% rather than all.
 */
class GoldQuotesTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DeepSeek_V2.pdf, deepseek-v2", "DeepSeek_R1.pdf, deepseek-r1", "DeepSeekMoE.pdf, deepseekmoe"})
    void goldQuotesAreInTheirSectionOnTheirPage(String file, String id) throws IOException {
        IngestedReport report = ReportReaders.read(Corpus.pdf(file));
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(Corpus.gold("facts/" + id + ".jsonl"));
        for (String line : lines) {
            JsonNode fact = json.readTree(line);
            String quote = fold(fact.path("quote").asText()).text();
            Optional<String> found = placeIn(report, fact, quote);
            found.ifPresent(problem -> problems.add(fact.path("id").asText() + ": " + problem));
        }
        double placed = 1.0 - (double) problems.size() / lines.size();
        assertThat(placed).as(problems.size() + " of " + lines.size() + " quotes misplaced: " + problems)
                .isGreaterThanOrEqualTo(0.98);
    }

    /** Empty when the quote is in the cited section on the cited page; else what went wrong. */
    private Optional<String> placeIn(IngestedReport report, JsonNode fact, String quote) {
        int page = fact.path("page").asInt();
        List<String> numbers = new ArrayList<>(List.of(fact.path("section").asText()));
        if (fact.has("section_alt")) numbers.add(fact.path("section_alt").asText());
        for (Section section : report.sections()) {
            if (!numbers.contains(section.number())) continue;
            Folded folded = fold(section.text());
            int at = folded.text().indexOf(quote);
            if (at < 0) continue;
            int printedOn = section.pageAt(folded.offsets()[at]);
            return printedOn == page ? Optional.empty() : Optional.of("found on page " + printedOn + ", gold says " + page);
        }
        return Optional.of("not in section " + numbers + ": " + quote);
    }

    /** NFKC without whitespace, remembering where each folded character came from. */
    private static Folded fold(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        int[] offsets = new int[normalized.length() + 1];
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isWhitespace(c)) continue;
            offsets[out.length()] = i;
            out.append(c);
        }
        return new Folded(out.toString(), offsets);
    }

    private record Folded(String text, int[] offsets) {
    }
}
