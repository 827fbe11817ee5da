package dev.citegraph.dsl;

import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Random and mutated queries: each one compiles (and binds) or fails with a QueryException at a real position in
 * the text. Nothing else may escape. The seed is fixed, so a failure reproduces.
 */
class FuzzTest {
    private static final int RANDOM_INPUTS = 6_000;
    private static final int MUTATED_INPUTS = 6_000;
    private static final List<String> FRAGMENTS = List.of("facts", "about", "match", "where", "in", "section",
            "order", "by", "asc", "desc", "limit", "compare", "documents", "on", "count", "sum", "min", "max", "avg",
            "group", "document", "sections", "of", "matching", "show", "predicates", "entities", "explain", "and",
            "conflicts", "or", "not", "optional", "[", "]", "(", ")", "stage",
            "contains", "uses", "adopts", "training_cost", "?m", "?x", "?c", "$model", "$min", "\"DeepSeek-V3\"",
            "\"MLA\"", "\"\"", "'single'", "\"unterminated", "1M", "14.8T", "0", "2664K", "3.3", "=", "==", "!=",
            "<>", "<", "<=", ">", ">=", ",", ".", ";", "#", "//", "\n", "@", "{", "}", "\\", "é", "§", "\"a\\\"b\"");

    private final QueryCompiler compiler = new QueryCompiler(PredicateVocabulary.builtIn());
    private final Random random = new Random(20261128);

    @Test
    void randomAndMutatedQueriesCompileOrFailWithAPosition() {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < RANDOM_INPUTS; i++) inputs.add(randomTokens());
        List<String> seeds = GoldenCase.all().stream().map(GoldenCase::query).toList();
        for (int i = 0; i < MUTATED_INPUTS; i++) inputs.add(mutate(seeds.get(random.nextInt(seeds.size()))));
        int compiled = 0;
        for (String input : inputs) {
            if (survives(input)) compiled++;
        }
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(compiled).as("some inputs are valid queries").isPositive();
    }

    private boolean survives(String input) {
        try {
            CompiledQuery query = compiler.compile(input);
            Map<String, String> parameters = new HashMap<>();
            query.parameterNames().forEach(p -> parameters.put(p, "1"));
            query.bind(parameters);
            query.explain();
            return true;
        } catch (QueryException e) {
            QueryError error = e.error();
            assertThat(error.position().line()).as("line of %s", input).isBetween(1, (int) input.lines().count() + 1);
            assertThat(error.position().column()).as("column of %s", input).isPositive();
            assertThat(error.position().offset()).as("offset of %s", input).isBetween(0, input.length());
            assertThat(e.getMessage()).startsWith("line " + error.position().line() + ":");
            return false;
        } catch (RuntimeException e) {
            fail("uncaught " + e + " for input: " + input, e);
            return false;
        }
    }

    private String randomTokens() {
        int length = 1 + random.nextInt(14);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(random.nextInt(10) == 0 ? String.valueOf((char) (32 + random.nextInt(200)))
                    : FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            out.append(random.nextInt(8) == 0 ? "" : " ");
        }
        return out.toString();
    }

    private String mutate(String seed) {
        StringBuilder out = new StringBuilder(seed);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (out.length() > 0) out.deleteCharAt(at);
                }
                case 1 -> out.insert(at, (char) (32 + random.nextInt(95)));
                case 2 -> out.insert(at, " " + FRAGMENTS.get(random.nextInt(FRAGMENTS.size())) + " ");
                case 3 -> out.setLength(at);
                default -> {
                    if (at + 1 < out.length()) {
                        char c = out.charAt(at);
                        out.setCharAt(at, out.charAt(at + 1));
                        out.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return out.toString();
    }
}
