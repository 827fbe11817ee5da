package dev.citegraph.extractor.extract;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.model.PageStart;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;
import dev.citegraph.graph.model.Verdict;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultFactAssemblerTest {
    private static final String TEXT = "We present DeepSeek-V3, a strong Mixture-of-Experts (MoE) language model "
            + "with 671B total parameters with 37B activated for each token. We pre-train DeepSeek-V3 on 14.8\n"
            + "trillion diverse and high-quality tokens. DeepSeek-V3 adopts Multi-head Latent Attention (MLA). "
            + "Its full training requires only 2.788M H800 GPU hours.";

    private final EntityRegistry registry = new EntityRegistry();
    private final DefaultFactAssembler assembler = new DefaultFactAssembler(PredicateVocabulary.builtIn(), registry);
    private final Section section = new Section("deepseek-v3#abstract", "deepseek-v3", "", "Abstract", 0, 1, 2,
            TEXT, null, List.of(new PageStart(1, 0), new PageStart(2, TEXT.indexOf("Its full"))),
            List.of(new Table("Table 1", "Training costs of DeepSeek-V3", 5, List.of(
                    List.of("Training Costs", "Pre-Training", "Context Extension", "Post-Training", "Total"),
                    List.of("in H800 GPU Hours", "2664K", "119K", "5K", "2788K")))));

    private Fact assemble(String subject, String predicate, String object, String quote) {
        return assembler.assemble(section, new CandidateFact(subject, predicate, object, quote, Map.of()), "test");
    }

    @Test
    void preparingForTheReportTeachesWhatWeMeansInIt() {
        Fact before = assemble("We", "total parameters", "671B", "with 671B total parameters");
        assembler.prepare(new IngestedReport(
                new Document("deepseek-v3", "DeepSeek-V3 Technical Report", "DeepSeek_V3.pdf", "", 53),
                List.of(section)));
        Fact after = assemble("We", "total parameters", "671B", "with 671B total parameters");

        assertThat(rejectionCode(before)).isEqualTo(ErrorCode.UNRESOLVED_SUBJECT);
        assertThat(after.status()).isEqualTo(FactStatus.VERIFIED);
        assertThat(after.subject().name()).isEqualTo("DeepSeek-V3");
    }

    @Test
    void verifiesAQuantityFactAndCitesWhereItsQuoteStands() {
        Fact fact = assemble("DeepSeek-V3", "total parameters", "671B", "with 671B total parameters");
        assertThat(fact.status()).isEqualTo(FactStatus.VERIFIED);
        assertThat(fact.predicate().name()).isEqualTo("has_total_parameters");
        assertThat(fact.predicate().surface()).isEqualTo("total parameters");
        FactObject.QuantityObject q = (FactObject.QuantityObject) fact.object();
        assertThat(q.quantity().value()).isEqualByComparingTo("671000000000");
        assertThat(q.quantity().unit()).isEqualTo("parameter");
        Citation c = fact.citations().get(0);
        assertThat(TEXT.substring(c.start(), c.end())).isEqualTo("with 671B total parameters");
        assertThat(c.page()).isEqualTo(1);
        assertThat(c.sectionTitle()).isEqualTo("Abstract");
    }

    @Test
    void keepsARateInItsOwnUnitNotInTheSizeItStartsWith() {
        String text = "Across nodes, GPUs communicate over InfiniBand at 50 GB/s per GPU.";
        Section cluster = new Section(Section.idFor("deepseek-v3", "3.1", "Compute Clusters"), "deepseek-v3", "3.1",
                "Compute Clusters", 2, 11, 11, text, null, List.of(), List.of());
        Fact fact = assembler.assemble(cluster, new CandidateFact("InfiniBand", "bandwidth", "50 GB/s",
                "InfiniBand at 50 GB/s", Map.of()), "test");
        assertThat(fact.status()).isEqualTo(FactStatus.VERIFIED);
        FactObject.QuantityObject q = (FactObject.QuantityObject) fact.object();
        assertThat(q.quantity().value()).isEqualByComparingTo("50");
        assertThat(q.quantity().unit()).isEqualTo("GB/s");
    }

    @Test
    void quotesTheReportsOwnWordsWithTheLineBreakFolded() {
        Fact fact = assemble("DeepSeek-V3", "pretraining_tokens", "14.8T tokens",
                "pre-train DeepSeek-V3 on 14.8 trillion diverse and high-quality tokens");
        assertThat(fact.status()).isEqualTo(FactStatus.VERIFIED);
        assertThat(fact.citations().get(0).quote())
                .isEqualTo("pre-train DeepSeek-V3 on 14.8 trillion diverse and high-quality tokens");
    }

    @Test
    void citesThePageOfTheQuoteNotOfTheSectionStart() {
        Fact fact = assemble("DeepSeek-V3", "gpu_hours", "2.788M GPU hours", "requires only 2.788M H800 GPU hours");
        assertThat(fact.citations().get(0).page()).isEqualTo(2);
    }

    @Test
    void verifiesATableFactQuotingTheRowAsPrinted() {
        Fact fact = assembler.assemble(section, new CandidateFact("DeepSeek-V3", "gpu_hours", "2664K GPU hours",
                "in H800 GPU Hours 2664K 119K 5K 2788K", Map.of("Stage", "Pre-Training")), "test");
        assertThat(fact.status()).isEqualTo(FactStatus.VERIFIED);
        assertThat(fact.qualifiers()).containsEntry("stage", "pre-training");
        assertThat(fact.citations().get(0).page()).isEqualTo(5);
    }

    @Test
    void rejectsFactWhoseQuoteIsNotInSection() {
        Fact fact = assemble("DeepSeek-V3", "uses", "FP8", "DeepSeek-V3 adopts FP8 training everywhere");
        assertThat(rejectionCode(fact)).isEqualTo(ErrorCode.QUOTE_NOT_IN_SECTION);
        assertThat(fact.citations().get(0).quote()).isEqualTo("DeepSeek-V3 adopts FP8 training everywhere");
    }

    @Test
    void rejectsFactWhoseNumberIsNotInItsQuote() {
        Fact fact = assemble("DeepSeek-V3", "gpu_hours", "2.8M GPU hours", "requires only 2.788M H800 GPU hours");
        assertThat(fact.verdict())
                .isEqualTo(Verdict.rejected(ErrorCode.NUMBER_NOT_IN_QUOTE, "the object's 2.8M is not in the quote"));
    }

    @Test
    void rejectsFactWithoutSubject() {
        assertThat(rejectionCode(assemble(" ", "uses", "MLA", "DeepSeek-V3 adopts")))
                .isEqualTo(ErrorCode.EMPTY_SUBJECT);
    }

    @Test
    void rejectsFactWhoseSubjectOnlyPointsBack() {
        assertThat(rejectionCode(assemble("it", "uses", "MLA", "DeepSeek-V3 adopts")))
                .isEqualTo(ErrorCode.UNRESOLVED_SUBJECT);
        assertThat(rejectionCode(assemble("we", "uses", "MLA", "DeepSeek-V3 adopts")))
                .isEqualTo(ErrorCode.UNRESOLVED_SUBJECT);
    }

    @Test
    void resolvesWeAndEntityObjectsThroughTheRegistry() {
        registry.declareMainModel("deepseek-v3", "DeepSeek-V3");
        Fact fact = assemble("we", "adopts", "Multi-head Latent Attention (MLA)",
                "DeepSeek-V3 adopts Multi-head Latent Attention (MLA)");
        assertThat(fact.status()).isEqualTo(FactStatus.VERIFIED);
        assertThat(fact.subject().name()).isEqualTo("DeepSeek-V3");
        assertThat(fact.predicate().name()).isEqualTo("uses");
        assertThat(((FactObject.EntityObject) fact.object()).entity().name()).isEqualTo("Multi-head Latent Attention");
    }

    @Test
    void keepsAnObjectThatIsNeitherQuantityNorNameAsText() {
        Fact fact = assemble("DeepSeek-V3", "is_a", "a strong language model that is open",
                "a strong Mixture-of-Experts");
        assertThat(fact.object()).isInstanceOf(FactObject.TextObject.class);
    }

    @Test
    void givesTheSameStatementFromTwoProposalsOneId() {
        Fact a = assemble("DeepSeek-V3", "total parameters", "671B", "with 671B total parameters");
        Fact b = assemble("DeepSeek V3", "has_total_parameters", "671B parameters", "671B total parameters with 37B");
        assertThat(a.id()).isEqualTo(b.id());
    }

    private static ErrorCode rejectionCode(Fact fact) {
        assertThat(fact.verdict()).isInstanceOf(Verdict.Rejected.class);
        return ((Verdict.Rejected) fact.verdict()).code();
    }
}
