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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules extractor on the real DeepSeek-V3 report: the headline numbers, found and cited with their page. */
class RulesExtractorOnV3ReportTest {
    private static List<Fact> facts;

    @BeforeAll
    static void extract() {
        EntityRegistry registry = new EntityRegistry();
        RulesExtractor extractor = new RulesExtractor(
                new DefaultFactAssembler(PredicateVocabulary.builtIn(), registry), registry);
        facts = extractor.extract(ReportReaders.read(Corpus.pdf("DeepSeek_V3.pdf"))).facts();
    }

    private static Fact verified(String predicate, String value, String unit) {
        return facts.stream()
                .filter(Fact::isVerified)
                .filter(f -> f.subject().name().equals("DeepSeek-V3") && f.predicate().name().equals(predicate))
                .filter(f -> f.object() instanceof FactObject.QuantityObject q
                        && q.quantity().value().compareTo(new BigDecimal(value)) == 0
                        && q.quantity().unit().equals(unit))
                .findFirst().orElseThrow(() -> new AssertionError("no verified " + predicate + " " + value));
    }

    @Test
    void findsThe671BTotalParametersOnPageOne() {
        Fact total = verified("has_total_parameters", "671000000000", "parameter");
        assertThat(total.citations().get(0).page()).isEqualTo(1);
        assertThat(total.citations().get(0).quote()).contains("671B total parameters");
    }

    @Test
    void findsThe14Point8TrillionPretrainingTokensOnPageOne() {
        Fact tokens = verified("pretraining_tokens", "14800000000000", "token");
        assertThat(tokens.citations()).anySatisfy(c -> assertThat(c.page()).isEqualTo(1));
    }

    @Test
    void readsTheCostTableWithStagesOnPageFive() {
        Fact pre = facts.stream().filter(Fact::isVerified)
                .filter(f -> f.qualifiers().equals(Map.of("stage", "pre-training", "hardware", "H800")))
                .filter(f -> f.predicate().name().equals("gpu_hours"))
                .findFirst().orElseThrow();
        assertThat(((FactObject.QuantityObject) pre.object()).quantity().value()).isEqualByComparingTo("2664000");
        assertThat(pre.citations().get(0).quote()).isEqualTo("in H800 GPU Hours 2664K 119K 5K 2788K");
        assertThat(pre.citations().get(0).page()).isEqualTo(5);
    }
}
