package dev.citegraph.queries.answer.compare;

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

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonBuilderTest {
    private final ComparisonBuilder builder = new ComparisonBuilder(PredicateVocabulary.builtIn());

    @Test
    void showsTheValuesOfOneRowAtOneScaleWhenReportsUseKAndM() {
        Fact v2 = cost("DeepSeek-V2", "172800", "GPU hours", "172.8K", Map.of());
        Fact v3 = cost("DeepSeek-V3", "2788000", "GPU hour", "2.788M", Map.of());

        Comparison comparison = builder.build(List.of("DeepSeek-V2", "DeepSeek-V3"), List.of("gpu_hours"),
                List.of(List.of(v2), List.of(v3)));

        assertThat(comparison.rows()).singleElement().satisfies(row -> {
            assertThat(row.cells().get(0)).extracting(CellValue::display).containsExactly("172.8K GPU hours");
            assertThat(row.cells().get(1)).extracting(CellValue::display).containsExactly("2788K GPU hours");
        });
    }

    @Test
    void readsDollarsAndUsdAsOneUnitOfTheUnitVocabulary() {
        Fact v2 = fact("DeepSeek-V2", "training_cost", new Quantity(new BigDecimal("960000"), "dollars", "0.96M"),
                Map.of(), "costs 0.96 million dollars");
        Fact v3 = fact("DeepSeek-V3", "training_cost", new Quantity(new BigDecimal("5576000"), "USD", "$5.576M"),
                Map.of(), "totals $5.576M");

        Comparison comparison = builder.build(List.of("DeepSeek-V2", "DeepSeek-V3"), List.of("training_cost"),
                List.of(List.of(v2), List.of(v3)));

        assertThat(comparison.rows().get(0).cells()).extracting(cell -> cell.get(0).display())
                .containsExactly("$960K", "$5576K");
    }

    @Test
    void leavesACellEmptyWhereNoFactIsReportedAndRendersItAsNotReported() {
        Fact v3 = cost("DeepSeek-V3", "2788000", "GPU hour", "2.788M", Map.of());

        Comparison comparison = builder.build(List.of("DeepSeek-V2", "DeepSeek-V3"), List.of("gpu_hours"),
                List.of(List.of(), List.of(v3)));

        assertThat(comparison.rows().get(0).cells().get(0)).isEmpty();
        assertThat(ComparisonFormat.TABLE.render(comparison)).contains("not reported").contains("2.788M");
    }

    @Test
    void footnotesEveryValueWithTheCitationItComesFrom() {
        Fact v3 = cost("DeepSeek-V3", "2788000", "GPU hour", "2.788M", Map.of());

        Comparison comparison = builder.build(List.of("DeepSeek-V3"), List.of("gpu_hours"), List.of(List.of(v3)));

        assertThat(comparison.rows().get(0).cells().get(0).get(0).footnotes()).containsExactly(1);
        assertThat(comparison.footnotes()).singleElement().satisfies(note -> {
            assertThat(note.factId()).isEqualTo(v3.id());
            assertThat(note.render()).isEqualTo("report §2 Costs, p.5: \"2.788M GPU hours\"");
        });
    }

    @Test
    void givesEachBenchmarkItsOwnRow() {
        Fact mmlu = score("DeepSeek-V3", "88.5", "MMLU");
        Fact gsm = score("DeepSeek-V3", "89.3", "GSM8K");

        Comparison comparison = builder.build(List.of("DeepSeek-V3"), List.of("scores"), List.of(List.of(mmlu, gsm)));

        assertThat(comparison.rows()).extracting(ComparisonRow::attribute)
                .containsExactly("benchmark_score (GSM8K)", "benchmark_score (MMLU)");
    }

    @Test
    void marksACellWhoseValuesDisagreeInTheTableTheMarkdownTheCsvAndTheJson() {
        Fact intro = fact("DeepSeek-V3", "pretraining_tokens", new Quantity(new BigDecimal("14900000000000"), "token",
                "14.9T"), Map.of(), "14.9T tokens", "1");
        Fact data = fact("DeepSeek-V3", "pretraining_tokens", new Quantity(new BigDecimal("14800000000000"), "token",
                "14.8T"), Map.of(), "14.8T tokens", "4.1");
        Fact v2 = fact("DeepSeek-V2", "pretraining_tokens", new Quantity(new BigDecimal("8100000000000"), "token",
                "8.1T"), Map.of(), "8.1T tokens", "3.1");

        Comparison comparison = builder.build(List.of("DeepSeek-V2", "DeepSeek-V3"), List.of("pretraining_tokens"),
                List.of(List.of(v2), List.of(intro, data)));

        assertThat(comparison.rows().get(0).conflicts()).containsExactly(false, true);
        assertThat(ComparisonFormat.TABLE.render(comparison))
                .contains("8.1T tokens [1] | 14.9T tokens [2]; 14.8T tokens [3] (conflicting values)\n");
        assertThat(ComparisonFormat.MARKDOWN.render(comparison))
                .contains("| 8.1T tokens[^1] | 14.9T tokens[^2]; 14.8T tokens[^3] **conflicting values** |");
        assertThat(ComparisonFormat.CSV.render(comparison))
                .contains("pretraining_tokens,8.1T tokens,");
        assertThat(ComparisonFormat.CSV.render(comparison))
                .contains(",14.9T tokens; 14.8T tokens (conflicting values),");
        assertThat(ComparisonFormat.JSON.render(comparison)).contains("\"conflicting\" : true")
                .contains("\"conflicting\" : false");
    }

    @Test
    void doesNotMarkOneValueWrittenTwoWays() {
        Fact v3 = fact("DeepSeek-V3", "has_total_parameters", new Quantity(new BigDecimal("671000000000"), "parameter",
                "671B"), Map.of(), "671B total parameters", "2.1");
        Fact again = fact("DeepSeek-V3", "has_total_parameters", new Quantity(new BigDecimal("671000000000"), "params",
                "671 billion"), Map.of(), "671 billion params", "1");

        Comparison comparison = builder.build(List.of("DeepSeek-V3"), List.of("total_parameters"),
                List.of(List.of(v3, again)));

        assertThat(comparison.rows().get(0).conflicts()).containsExactly(false);
        assertThat(ComparisonFormat.TABLE.render(comparison)).doesNotContain("conflicting");
    }

    @Test
    void sharedPredicatesAreThoseEveryColumnHasAFactOn() {
        Fact v2cost = cost("DeepSeek-V2", "172800", "GPU hour", "172.8K", Map.of());
        Fact v3cost = cost("DeepSeek-V3", "2788000", "GPU hour", "2.788M", Map.of());
        Fact v3score = score("DeepSeek-V3", "88.5", "MMLU");

        assertThat(builder.sharedPredicates(List.of(List.of(v2cost), List.of(v3cost, v3score))))
                .containsExactly("gpu_hours");
    }

    private static Fact cost(String model, String value, String unit, String text, Map<String, String> qualifiers) {
        return fact(model, "gpu_hours", new Quantity(new BigDecimal(value), unit, text), qualifiers,
                text + " GPU hours");
    }

    private static Fact score(String model, String value, String benchmark) {
        return fact(model, "benchmark_score", new Quantity(new BigDecimal(value), "score", value),
                Map.of("benchmark", benchmark), benchmark + " " + value);
    }

    private static Fact fact(String model, String predicate, Quantity quantity, Map<String, String> qualifiers,
                             String quote) {
        return fact(model, predicate, quantity, qualifiers, quote, "2");
    }

    private static Fact fact(String model, String predicate, Quantity quantity, Map<String, String> qualifiers,
                             String quote, String section) {
        Citation citation = new Citation("report", "report#" + section, section, "Costs", 5, quote, 0, quote.length());
        return Fact.of(Entity.named(model), Predicate.of(predicate), new FactObject.QuantityObject(quantity),
                qualifiers, Verdict.verified(), "rules", citation);
    }
}
