package dev.citegraph.dsl;

import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a condition's number means with the words after it, read through the unit vocabulary. */
class UnitConditionTest {
    private static final QueryCompiler COMPILER = new QueryCompiler(PredicateVocabulary.builtIn());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ?v > 100 billion              | 1.0E11    |
            ?v > 100 billion parameters   | 1.0E11    | parameter, parameters, param, params
            ?v > 100B params              | 1.0E11    | parameter, parameters, param, params
            ?v >= 1.5M "GPU hours"        | 1500000.0 | gpu hour, gpu hours, gpu-hour, gpu-hours, gpu hrs
            ?v > 2664 K GPU hours         | 2664000.0 | gpu hour, gpu hours, gpu-hour, gpu-hours, gpu hrs
            ?v > 2 thousand "GPU-hours"   | 2000.0    | gpu hour, gpu hours, gpu-hour, gpu-hours, gpu hrs
            ?v > 5M dollars               | 5000000.0 | usd, $, us$, dollar, dollars, us dollar, us dollars
            ?v > 50 GB/s                  | 50.0      | gb/s, gb per second, gigabytes per second
            ?v > 50 GB                    | 50.0      | gb, gigabyte, gigabytes
            ?v > 10 K tokens/s            | 10000.0   | token per second, tokens per second, tokens/s, token/s, tokens/sec, tok/s
            ?v > 80 %                     | 80.0      | %, percent, per cent
            ?v > 80 percent               | 80.0      | %, percent, per cent
            ?v > 80%                      | 80.0      | %, percent, per cent
            """)
    void readsTheScaleAndTheUnitAfterANumber(String condition, double number, String spellings) {
        CompiledQuery compiled = COMPILER.compile("match ?m training_cost ?v where " + condition);
        assertThat(values(compiled, Slot.Role.NUMBER)).containsExactly(number);
        assertThat(values(compiled, Slot.Role.UNIT)).containsExactlyElementsOf(
                spellings == null ? List.of() : Arrays.asList(spellings.split(",\\s*")));
    }

    private static List<Object> values(CompiledQuery compiled, Slot.Role role) {
        return compiled.slots().stream().filter(s -> s.role() == role)
                .map(s -> ((Slot.Literal) s.source()).value()).toList();
    }
}
