package dev.citegraph.extractor.rules;

import dev.citegraph.extractor.extract.CandidateFact;
import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.FactStatus;
import dev.citegraph.graph.model.PageStart;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RulesExtractorTest {
    private static final String ABSTRACT = "We present DeepSeek-V3, a strong Mixture-of-Experts (MoE) language model "
            + "with 671B total parameters with 37B activated for each token. To achieve efficient inference and "
            + "cost-effective training, DeepSeek-V3 adopts Multi-head Latent Attention (MLA) and DeepSeekMoE "
            + "architectures, which were thoroughly validated in DeepSeek-V2. We pre-train DeepSeek-V3 on 14.8\n"
            + "trillion diverse and high-quality tokens. Despite its excellent performance, DeepSeek-V3 requires "
            + "only 2.788M H800 GPU hours for its full training.";
    private static final String COSTS = "Lastly, we emphasize again the economical training costs of DeepSeek-V3, "
            + "summarized in Table 1. Compared with DeepSeek-V2, whose 236B total parameters were trained on 8.1T "
            + "tokens, we employ FP8 mixed precision training (Micikevicius et al., 2022) to cut costs.";

    private final EntityRegistry registry = new EntityRegistry();
    private final RulesExtractor extractor = new RulesExtractor(
            new DefaultFactAssembler(PredicateVocabulary.builtIn(), registry), registry);

    private final IngestedReport report = new IngestedReport(
            new Document("deepseek-v3", "DeepSeek-V3 Technical Report", "DeepSeek_V3.pdf", "", 53),
            List.of(new Section("deepseek-v3#abstract", "deepseek-v3", "", "Abstract", 0, 1, 1, ABSTRACT, null,
                            List.of(new PageStart(1, 0)), List.of()),
                    new Section("deepseek-v3#1", "deepseek-v3", "1", "Introduction", 1, 4, 5, COSTS, null,
                            List.of(new PageStart(4, 0), new PageStart(5, COSTS.indexOf("Compared"))),
                            List.of(new Table("Table 1", "Training costs of DeepSeek-V3, assuming the rental "
                                    + "price of H800 is $2 per GPU hour.", 5, List.of(
                                    List.of("Training Costs", "Pre-Training", "Context Extension", "Post-Training",
                                            "Total"),
                                    List.of("in H800 GPU Hours", "2664K", "119K", "5K", "2788K"),
                                    List.of("in USD", "$5.328M", "$0.238M", "$0.01M", "$5.576M")))))));

    private final List<Fact> facts = extractor.extract(report).facts();

    private Optional<Fact> find(String subject, String predicate, String value) {
        return facts.stream()
                .filter(f -> f.subject().name().equals(subject) && f.predicate().name().equals(predicate))
                .filter(f -> f.object() instanceof FactObject.QuantityObject q
                        && q.quantity().value().compareTo(new BigDecimal(value)) == 0)
                .findFirst();
    }

    @Test
    void findsTheHeadlineNumbersOfTheAbstractWithTheirPage() {
        Fact total = find("DeepSeek-V3", "has_total_parameters", "671000000000").orElseThrow();
        assertThat(total.status()).isEqualTo(FactStatus.VERIFIED);
        assertThat(total.citations().get(0).page()).isEqualTo(1);
        assertThat(total.method()).isEqualTo("rules");
        assertThat(find("DeepSeek-V3", "has_activated_parameters_per_token", "37000000000")).isPresent();
        assertThat(find("DeepSeek-V3", "pretraining_tokens", "14800000000000")).isPresent();
        assertThat(find("DeepSeek-V3", "gpu_hours", "2788000").orElseThrow().qualifiers())
                .containsEntry("hardware", "H800");
    }

    @Test
    void givesANumberToTheModelTheSentenceNamesBeforeIt() {
        assertThat(find("DeepSeek-V2", "has_total_parameters", "236000000000")).isPresent();
        assertThat(find("DeepSeek-V3", "has_total_parameters", "236000000000")).isEmpty();
        assertThat(find("DeepSeek-V2", "pretraining_tokens", "8100000000000").orElseThrow()
                .citations().get(0).page()).isEqualTo(5);
    }

    @Test
    void readsEveryCellOfTheCostTableWithItsStageQuotingTheRow() {
        Fact preTraining = find("DeepSeek-V3", "gpu_hours", "2664000").orElseThrow();
        assertThat(preTraining.qualifiers()).containsEntry("stage", "pre-training").containsEntry("hardware", "H800");
        assertThat(preTraining.citations().get(0).quote()).isEqualTo("in H800 GPU Hours 2664K 119K 5K 2788K");
        assertThat(preTraining.citations().get(0).page()).isEqualTo(5);
        Fact total = find("DeepSeek-V3", "training_cost", "5576000").orElseThrow();
        assertThat(total.qualifiers()).containsEntry("stage", "total");
        assertThat(((FactObject.QuantityObject) total.object()).quantity().unit()).isEqualTo("USD");
    }

    @Test
    void readsADollarColumnWhoseHeaderOnlySaysCost() {
        Table markdownTable = new Table("", "", null, List.of(
                List.of("Training Stage", "GPU Hours", "Cost"),
                List.of("Pre-Training", "480K", "$0.96M")));

        List<CandidateFact> proposed = TableRules.propose(markdownTable, new ModelMentions("Lumen-2"));

        assertThat(proposed).extracting(CandidateFact::predicate, CandidateFact::object, CandidateFact::quote)
                .contains(tuple("training_cost", "$0.96M", "Pre-Training 480K $0.96M"),
                        tuple("gpu_hours", "480K GPU hours",
                                "Pre-Training 480K $0.96M"));
    }

    @Test
    void readsAdoptsAndEmploysSentencesAsUses() {
        List<String> used = facts.stream().filter(f -> f.predicate().name().equals("uses"))
                .filter(f -> f.subject().name().equals("DeepSeek-V3"))
                .map(f -> f.object().display()).toList();
        assertThat(used).contains("Multi-head Latent Attention", "FP8 mixed precision training");
    }

    @Test
    void readsTheSettingsModelReportsStateTheSameWay() {
        String text = "For Lumen-16B, we set the number of Transformer layers to 28 and the hidden dimension to "
                + "2048. Each MoE layer consists of 2 shared experts and 64 routed experts. Among the routed experts, "
                + "6 experts will be activated for each token. The maximum learning rate is set to 4.2 × 10\u22124.";
        Section section = new Section("lumen#3", "lumen", "3", "Setup", 1, 3, 3, text, null,
                List.of(new PageStart(3, 0)), List.of());
        List<Fact> settings = extractor.extract(new IngestedReport(
                new Document("lumen", "Lumen-16B: a report", "lumen.md", "", 3), List.of(section))).facts();
        assertThat(settings).allMatch(Fact::isVerified)
                .extracting(f -> f.subject().name() + " " + f.predicate().name() + " " + f.object().display())
                .contains("Lumen-16B num_transformer_layers 28", "Lumen-16B hidden_dimension 2048",
                        "Lumen-16B num_shared_experts 2 shared experts", "Lumen-16B num_routed_experts 64 routed experts",
                        "Lumen-16B num_activated_routed_experts 6 experts", "Lumen-16B peak_learning_rate 4.2 × 10\u22124")
                .doesNotContain("Lumen-16B num_routed_experts 4 routed experts");
    }

    @Test
    void proposesNothingItCannotQuote() {
        assertThat(facts).isNotEmpty().allMatch(Fact::isVerified);
    }
}
