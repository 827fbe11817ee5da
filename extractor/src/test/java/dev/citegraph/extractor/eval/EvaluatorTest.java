package dev.citegraph.extractor.eval;

import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Predicate;
import dev.citegraph.graph.model.Quantity;
import dev.citegraph.graph.model.Verdict;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorTest {
    private static final GoldFact GPU_HOURS = new GoldFact("v2-043", "deepseek-v2", "3.2.3", null, 16, null,
            "DeepSeek-V2", List.of(), "gpu_hours_per_trillion_tokens", "172.8K GPU hours", "quantity",
            new BigDecimal("172800"), "GPU hour per trillion tokens", List.of(), Map.of(), "needs only 172.8K GPU hours");
    private static final GoldFact ADOPTS_MLA = new GoldFact("v2-009", "deepseek-v2", "2.1", null, 6, null,
            "DeepSeek-V2", List.of(), "adopts", "MLA", "entity", null, null,
            List.of("Multi-head Latent Attention"), Map.of(), "we design ... Multi-head Latent Attention (MLA).");
    private static final GoldFact TABLE_SCORE = new GoldFact("moe-019", "deepseekmoe", "5.2.2", "5.2.1", 18,
            "Table 4", "DeepSeekMoE 16B", List.of(), "benchmark_score", "45.0", "quantity", new BigDecimal("45.0"),
            "score", List.of(), Map.of(), "MMLU (Acc.) 5-shot 45.8 45.0");

    private final Evaluator evaluator = new Evaluator(PredicateVocabulary.builtIn());

    private static Fact fact(String subject, Set<String> aliases, String predicate, FactObject object,
                             String document, String section, Verdict verdict) {
        Citation citation = new Citation(document, document + "#" + section, section, "", 1, "q", 0, 1);
        return Fact.of(new Entity(null, subject, null, aliases), new Predicate(predicate, predicate), object,
                Map.of(), verdict, "test", citation);
    }

    private static FactObject quantity(String value, String unit) {
        return new FactObject.QuantityObject(new Quantity(new BigDecimal(value), unit, value));
    }

    @Test
    void findsAGoldQuantityWithTheSameValueAndACompatibleUnit() {
        Fact f = fact("DeepSeek-V2", Set.of(), "gpu_hours_per_trillion_tokens", quantity("172800.0", "GPU hour"),
                "DeepSeek_V2", "3.2.3", Verdict.verified());
        Evaluation e = evaluator.evaluate(List.of(GPU_HOURS), List.of(f));
        assertThat(e.recall()).isEqualTo(1.0);
        assertThat(e.precision()).isEqualTo(1.0);
    }

    @Test
    void missesAGoldQuantityWhoseValueDiffersAndSaysWhy() {
        Fact f = fact("DeepSeek-V2", Set.of(), "gpu_hours_per_trillion_tokens", quantity("172000", "GPU hour"),
                "deepseek-v2", "3.2.3", Verdict.verified());
        Evaluation e = evaluator.evaluate(List.of(GPU_HOURS), List.of(f));
        assertThat(e.recall()).isZero();
        assertThat(e.precision()).isZero();
        assertThat(e.misses().get(0).why()).startsWith("gpu_hours_per_trillion_tokens of DeepSeek-V2 found with other");
    }

    @Test
    void missesAFactCitedInAnotherSection() {
        Fact f = fact("DeepSeek-V2", Set.of(), "gpu_hours_per_trillion_tokens", quantity("172800", ""),
                "deepseek-v2", "1", Verdict.verified());
        Evaluation e = evaluator.evaluate(List.of(GPU_HOURS), List.of(f));
        assertThat(e.misses().get(0).why()).isEqualTo("found, but cited in §1 instead of §3.2.3");
    }

    @Test
    void matchesSubjectAndObjectThroughAliasesAndPredicatesThroughTheVocabulary() {
        Entity mla = new Entity(null, "Multi-head Latent Attention", null, Set.of());
        Fact f = fact("deepseek v2", Set.of(), "uses", new FactObject.EntityObject(mla), "deepseek-v2", "2.1",
                Verdict.verified());
        assertThat(evaluator.evaluate(List.of(ADOPTS_MLA), List.of(f)).recall()).isEqualTo(1.0);
    }

    @Test
    void acceptsTheSectionATableIsPrintedIn() {
        Fact f = fact("DeepSeekMoE 16B", Set.of(), "benchmark_score", quantity("45", "%"), "deepseekmoe", "5.2.1",
                Verdict.verified());
        assertThat(evaluator.evaluate(List.of(TABLE_SCORE), List.of(f)).recall()).isEqualTo(1.0);
    }

    @Test
    void neverCountsARejectedFactAndCountsAnUnmatchedVerifiedOneAgainstPrecision() {
        Fact rejected = fact("DeepSeek-V2", Set.of(), "gpu_hours_per_trillion_tokens", quantity("172800", ""),
                "deepseek-v2", "3.2.3",
                Verdict.rejected(ErrorCode.NUMBER_NOT_IN_QUOTE, "the object's 172800 is not in the quote"));
        Fact extra = fact("DeepSeek-V2", Set.of(), "uses", new FactObject.TextObject("FP8"), "deepseek-v2", "3",
                Verdict.verified());
        Fact otherReport = fact("DeepSeek-V3", Set.of(), "uses", new FactObject.TextObject("FP8"), "deepseek-v3",
                "3", Verdict.verified());
        Evaluation e = evaluator.evaluate(List.of(GPU_HOURS), List.of(rejected, extra, otherReport));
        assertThat(e.recall()).isZero();
        assertThat(e.factsConsidered()).isEqualTo(1);
        assertThat(e.unmatched()).containsExactly(extra);
    }

    @Test
    void neverTakesAnotherVersionForTheGoldEntity() {
        GoldFact baseModel = new GoldFact("r1-001", "deepseek-r1", "1", null, 3, null, "DeepSeek-R1-Zero", List.of(),
                "base_model", "DeepSeek-V3-Base", "entity", null, null, List.of(), Map.of(), "we use");
        Fact f = fact("DeepSeek-R1-Zero", Set.of(), "base_model",
                new FactObject.EntityObject(Entity.named("DeepSeek-V3")), "deepseek-r1", "1", Verdict.verified());
        assertThat(evaluator.evaluate(List.of(baseModel), List.of(f)).recall()).isZero();
    }
}
