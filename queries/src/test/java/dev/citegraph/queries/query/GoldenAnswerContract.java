package dev.citegraph.queries.query;

import dev.citegraph.dsl.GoldenCase;
import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.dsl.QueryException;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.query.render.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every golden case answered on the fixed graph gives exactly the recorded answer. Each store runs this same
 * contract, so the answers of all stores are equal to the recording and to each other.
 */
public abstract class GoldenAnswerContract {

    protected abstract GraphStore store();

    /** Only one store records answers in update mode; the others are checked against it. */
    protected boolean records() {
        return false;
    }

    static List<GoldenCase> cases() {
        return GoldenCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsRecorded(GoldenCase golden) {
        QueryService service = new QueryService(store(), new QueryCompiler(PredicateVocabulary.builtIn()));
        StatusFilter status = golden.section("options").contains("include-rejected")
                ? StatusFilter.ALL : StatusFilter.VERIFIED_ONLY;
        String answer;
        try {
            answer = Format.TABLE.render(service.answer(golden.query(), parameters(golden), status));
        } catch (QueryException e) {
            // A query the store's facts refuse (a sum of mixed units) answers with its error, on every store alike.
            answer = "error: " + e.getMessage();
        }
        if (GoldenCase.UPDATE && records()) {
            golden.update("answer", answer);
            return;
        }
        assertThat(answer.strip()).isEqualTo(golden.section("answer"));
    }

    private static Map<String, String> parameters(GoldenCase golden) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String line : golden.section("params").lines().toList()) {
            int eq = line.indexOf('=');
            if (eq > 0) parameters.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return parameters;
    }
}
