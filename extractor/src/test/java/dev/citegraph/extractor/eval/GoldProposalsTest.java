package dev.citegraph.extractor.eval;

import dev.citegraph.extractor.extract.CandidateFact;
import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.extract.ExtractionResult;
import dev.citegraph.extractor.ingest.Corpus;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every gold fact of V2, R1 and MoE, proposed with its gold quote in its gold section of the real PDF, must pass
 * verification on the page the gold gives, and then be found by the evaluator: what a perfect model would score.
 */
class GoldProposalsTest {
    private static final Map<String, String> FILES = Map.of(
            "deepseek-v2", "DeepSeek_V2.pdf", "deepseek-r1", "DeepSeek_R1.pdf", "deepseekmoe", "DeepSeekMoE.pdf");
    private static final List<GoldFact> gold = new ArrayList<>();
    private static final List<Fact> facts = new ArrayList<>();

    @BeforeAll
    static void proposeEveryGoldFact() {
        EntityRegistry registry = new EntityRegistry();
        DefaultFactAssembler assembler = new DefaultFactAssembler(PredicateVocabulary.builtIn(), registry);
        FILES.forEach((doc, file) -> {
            List<GoldFact> ofDoc = GoldFacts.read(Corpus.gold("facts/" + doc + ".jsonl"));
            IngestedReport report = ReportReaders.read(Corpus.pdf(file));
            registry.learn(report);
            for (GoldFact g : ofDoc) {
                CandidateFact proposal = new CandidateFact(g.subject(), g.predicate(), g.object(), g.quote(),
                        g.qualifiers());
                Fact fact = section(report, g.section()).map(s -> assembler.assemble(s, proposal, "gold")).orElseThrow();
                if (!fact.isVerified() && !g.sectionAlt().isEmpty()) {
                    fact = section(report, g.sectionAlt()).map(s -> assembler.assemble(s, proposal, "gold")).orElseThrow();
                }
                facts.add(fact);
            }
            gold.addAll(ofDoc);
        });
    }

    private static Optional<Section> section(IngestedReport report, String number) {
        return report.sections().stream().filter(s -> s.number().equals(number)).findFirst();
    }

    @Test
    void verifiesEveryGoldQuoteOnTheGoldPage() {
        for (int i = 0; i < gold.size(); i++) {
            GoldFact g = gold.get(i);
            Fact f = facts.get(i);
            assertThat(f.verdict()).as(g.id()).isEqualTo(dev.citegraph.graph.model.Verdict.verified());
            assertThat(f.citations().get(0).page()).as(g.id()).isEqualTo(g.page());
        }
    }

    @Test
    void findsEveryGoldFactAmongThePerfectProposals() {
        Evaluation evaluation = new Evaluator(PredicateVocabulary.builtIn())
                .evaluate(gold, ExtractionResult.merging(facts, List.of()).facts());
        assertThat(evaluation.misses()).isEmpty();
        assertThat(evaluation.recall()).isEqualTo(1.0);
        assertThat(evaluation.precision()).isEqualTo(1.0);
    }
}
