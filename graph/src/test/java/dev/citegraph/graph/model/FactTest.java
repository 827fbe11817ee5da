package dev.citegraph.graph.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactTest {
    private static final Entity V2 = Entity.named("DeepSeek-V2");
    private static final FactObject SCORE = new FactObject.QuantityObject(
            new Quantity(new BigDecimal("78.4"), "score", "78.4"));

    @Test
    void listsItsQualifiersInKeyOrderWhateverOrderTheyCameIn() {
        Map<String, String> given = new HashMap<>();
        given.put("shots", "5-shot");
        given.put("metric", "Acc.");
        given.put("benchmark", "MMLU");

        Fact fact = new Fact(null, V2, Predicate.of("benchmark_score"), SCORE, given, Verdict.verified(),
                "rules", List.of());

        assertThat(fact.qualifiers().keySet()).containsExactly("benchmark", "metric", "shots");
    }

    @Test
    void isTheSameFactWhateverOrderItsQualifiersCameIn() {
        Fact one = new Fact(null, V2, Predicate.of("benchmark_score"), SCORE,
                Map.of("benchmark", "MMLU", "shots", "5-shot"), Verdict.verified(), "rules", List.of());
        Fact other = new Fact(null, V2, Predicate.of("benchmark_score"), SCORE,
                Map.of("shots", "5-shot", "benchmark", "MMLU"), Verdict.verified(), "rules", List.of());

        assertThat(one.id()).isEqualTo(other.id());
        assertThat(one).isEqualTo(other);
    }

    @Test
    void refusesAQualifierWithoutAValue() {
        Map<String, String> given = new HashMap<>();
        given.put("stage", null);

        assertThatThrownBy(() -> new Fact(null, V2, Predicate.of("training_cost"), SCORE, given, Verdict.verified(),
                "rules", List.of())).isInstanceOf(NullPointerException.class);
    }
}
