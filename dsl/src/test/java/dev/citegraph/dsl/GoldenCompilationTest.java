package dev.citegraph.dsl;

import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every golden case compiles to exactly its recorded plan, Cypher and SPARQL. */
class GoldenCompilationTest {
    private static final QueryCompiler COMPILER = new QueryCompiler(PredicateVocabulary.builtIn());

    static List<GoldenCase> cases() {
        return GoldenCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compilesToTheRecordedPlanCypherAndSparql(GoldenCase golden) {
        CompiledQuery compiled = COMPILER.compile(golden.query());
        String plan = compiled.plan();
        if (GoldenCase.UPDATE) {
            golden.update("plan", plan);
            golden.update("cypher", compiled.cypher());
            golden.update("sparql", compiled.sparql());
            return;
        }
        assertThat(plan).as("plan").isEqualTo(golden.section("plan"));
        assertThat(compiled.cypher()).as("cypher").isEqualTo(golden.section("cypher"));
        assertThat(compiled.sparql()).as("sparql").isEqualTo(golden.section("sparql"));
    }
}
