package dev.citegraph.queries.query;

import dev.citegraph.dsl.CompiledQuery;
import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.dsl.QueryException;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.StoreStats;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strings that would break out of a pasted query (quotes, braces, comments, Cypher and SPARQL update keywords) only
 * ever travel as parameter values: the store is unchanged and the compiled text never contains them.
 */
public abstract class InjectionContract {
    static final List<String> PAYLOADS = List.of(
            "x\"}) DETACH DELETE n //",
            "x' OR 1=1 //",
            "} ; DELETE WHERE { ?s ?p ?o } #",
            "\") MATCH (n) DETACH DELETE n RETURN 1 AS f0 //",
            "x\" . } DROP ALL ; SELECT * WHERE { \"",
            "$status",
            "?f0",
            "\\\" } INSERT DATA { <a> <b> <c> } #",
            "MERGE (:Fact {id: 'evil'})",
            "/* */ CALL db.clearQueryCaches()",
            "line\nbreak } }");

    private final QueryCompiler compiler = new QueryCompiler(PredicateVocabulary.builtIn());

    protected abstract GraphStore store();

    @Test
    void payloadsInNamesTextsAndParametersChangeNothing() {
        StoreStats before = store().stats();
        List<Fact> factsBefore = store().allFacts();
        QueryService service = new QueryService(store(), compiler);
        for (String payload : PAYLOADS) {
            String literal = "\"" + payload.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
            for (String query : List.of("facts about " + literal,
                    "match ?m uses ?x where ?x contains " + literal,
                    "match ?m uses ?x where ?m = " + literal,
                    "match ?m training_cost ?c where ?c > 1 " + literal + " in " + literal + " section " + literal,
                    "compare documents " + literal + ", \"deepseek-v3\" on pretraining_tokens",
                    "match ?m training_cost ?c [stage = " + literal + "]",
                    "match ?m uses " + literal + " . optional ?m training_cost ?c [stage = " + literal + "]"
                            + " in " + literal,
                    "match ?m uses ?x . optional ?x is_a $p",
                    "match " + literal + " uses ?x or " + literal + " adopts ?x in " + literal,
                    "match ?m uses " + literal + " or ?m uses $p or ?m adopts " + literal,
                    "match " + literal + " training_cost ?c or $p pretraining_tokens ?c",
                    "match ?m uses ?x . not ?m uses " + literal + " [stage = " + literal + "] in " + literal,
                    "match (?m uses " + literal + " . ?m training_cost ?c [stage = " + literal + "]) or (?m "
                            + "pretraining_tokens ?c . ?c contains " + literal + ") in " + literal,
                    "match ($p uses ?x) or (" + literal + " adopts ?x) . ?x is_a $p",
                    "compare \"DeepSeek-V3\" on training_cost [stage = " + literal + ", shots = $p]",
                    "conflicts about " + literal + " on pretraining_tokens [stage = " + literal + "] in " + literal
                            + " section " + literal,
                    "conflicts about $p on training_cost [stage = $p] limit 3",
                    "show sections of " + literal + " matching " + literal,
                    "count ?m where ?m uses $p group by document",
                    "match $p uses ?x")) {
                answerOrNameError(service, query, Map.of("p", payload));
            }
        }
        assertThat(store().stats()).isEqualTo(before);
        assertThat(store().allFacts()).isEqualTo(factsBefore);
    }

    @Test
    void compiledTextsNeverContainTheUserText() {
        // "$status" and "?f0" are spelled like the compiler's own names, so only phrases are looked for in the text.
        for (String payload : PAYLOADS.stream().filter(p -> p.contains(" ")).toList()) {
            String literal = "\"" + payload.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
            for (String query : List.of("match ?m uses ?x [stage = " + literal + "] where ?x contains " + literal
                    + " in " + literal, "match (?m uses ?x . ?x contains " + literal + ") or ?m adopts ?x "
                    + "[stage = " + literal + "] in " + literal, "conflicts about " + literal + " on uses [stage = " + literal + "] in "
                    + literal + " section " + literal)) {
                CompiledQuery compiled = compiler.compile(query);
                assertThat(compiled.cypher()).doesNotContain(payload.strip());
                assertThat(compiled.sparql()).doesNotContain(payload.strip());
            }
        }
    }

    private static void answerOrNameError(QueryService service, String query, Map<String, String> parameters) {
        try {
            service.answer(query, parameters, StatusFilter.ALL);
        } catch (QueryException expected) {
            assertThat(expected.error().kind()).as(query).isNotEqualTo(dev.citegraph.graph.error.ErrorCode.Kind.SYNTAX);
        }
    }
}
