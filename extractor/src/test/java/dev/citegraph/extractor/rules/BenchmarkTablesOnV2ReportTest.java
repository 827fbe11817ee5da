package dev.citegraph.extractor.rules;

import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.ingest.Corpus;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules extractor on the real DeepSeek-V2 report's benchmark tables: verified scores quoting their rows. */
class BenchmarkTablesOnV2ReportTest {
    private static List<Fact> scores;

    @BeforeAll
    static void extract() {
        EntityRegistry registry = new EntityRegistry();
        RulesExtractor extractor = new RulesExtractor(
                new DefaultFactAssembler(PredicateVocabulary.builtIn(), registry), registry);
        scores = extractor.extract(ReportReaders.read(Corpus.pdf("DeepSeek_V2.pdf"))).facts().stream()
                .filter(f -> f.predicate().name().equals(BenchmarkTables.PREDICATE)).toList();
    }

    private static Fact score(String subject, String benchmark, String value) {
        return scores.stream()
                .filter(f -> f.subject().name().equals(subject) && benchmark.equals(f.qualifiers().get("benchmark")))
                .filter(f -> f.object() instanceof FactObject.QuantityObject q
                        && q.quantity().value().compareTo(new BigDecimal(value)) == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no " + subject + " " + benchmark + " " + value));
    }

    @Test
    void everyTableScoreIsVerifiedAgainstTheSectionText() {
        assertThat(scores).isNotEmpty().allSatisfy(f -> assertThat(f.isVerified()).isTrue());
    }

    @Test
    void readsTheChatModelsColumnOfTable3WithItsRowAsQuote() {
        Fact mmlu = score("DeepSeek-V2 Chat (RL)", "MMLU", "77.8");
        assertThat(mmlu.qualifiers()).containsEntry("shots", "5-shot");
        assertThat(mmlu.citations().get(0).quote()).isEqualTo("MMLU 5-shot 71.1 76.2 80.3 77.8 78.4 77.8");
        assertThat(mmlu.citations().get(0).sectionNumber()).isEqualTo("4.3");
        assertThat(mmlu.citations().get(0).page()).isEqualTo(19);
    }

    @Test
    void readsTable4WhereModelsRunDownTheRows() {
        assertThat(score("DeepSeek-V2 Chat (RL)", "MT-Bench", "8.97").citations().get(0).quote())
                .isEqualTo("DeepSeek-V2 Chat (RL) 8.97 38.9");
        score("DeepSeek-V2 Chat (RL)", "AlpacaEval 2.0", "38.9");
    }

    @Test
    void keepsOtherModelsScoresOut() {
        assertThat(scores).allSatisfy(f -> assertThat(f.subject().name()).startsWith("DeepSeek-V2"));
    }
}
