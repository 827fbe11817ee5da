package dev.citegraph.dsl;

import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer's promise: the Cypher of a query holds none of the values the user wrote, however they are shaped;
 * each is a parameter the store binds. Queries without variables give the values nowhere else to hide.
 */
class CypherParametersTest {
    private static final QueryCompiler COMPILER = new QueryCompiler(PredicateVocabulary.builtIn());
    private static final String PAYLOAD = "x' }) MATCH (n) DETACH DELETE n RETURN 1 AS f0 //";

    @Test
    void aVariableFreeQueryOfInjectionShapedTextsCarriesThemAsParametersOnly() {
        String literal = "\"" + PAYLOAD + "\"";
        for (String query : List.of("facts about " + literal + " in " + literal + " section " + literal + " limit 3",
                "compare documents " + literal + ", \"deepseek-v3\" on pretraining_tokens",
                "compare " + literal + ", \"DeepSeek-V3\" on total_parameters",
                "show sections of " + literal + " matching " + literal,
                "show documents matching " + literal)) {
            CompiledQuery compiled = COMPILER.compile(query);
            String cypher = compiled.cypher();
            Map<String, Object> bound = compiled.bind(Map.of());

            assertThat(cypher).as(query).doesNotContainIgnoringCase("detach").doesNotContain("x'", "//", "RETURN 1");
            assertThat(bound.values()).as(query)
                    .anySatisfy(value -> assertThat(value.toString()).containsIgnoringCase("detach"));
            bound.keySet().forEach(name -> assertThat(cypher).as(query).contains("$" + name));
        }
    }
}
