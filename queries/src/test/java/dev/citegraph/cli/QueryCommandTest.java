package dev.citegraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.queries.query.GoldenGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kg query} and {@code kg run} end to end on an embedded Neo4j holding the golden graph. */
class QueryCommandTest {
    @TempDir
    static Path dataDir;

    @BeforeAll
    static void build() {
        GoldenGraph.storeIn(dataDir);
    }

    @Test
    void factsAboutAnEntityPrintEachFactWithItsCitation() {
        Result result = kg("query", "facts about \"deepseek v3\"");
        assertThat(result.status).isZero();
        assertThat(result.out).contains("DeepSeek-V3  uses")
                .contains("deepseek-v3 §3.3.1 Mixed Precision Framework, p.15: \"adopt FP8 mixed precision training\"")
                .contains("11 rows");
    }

    @Test
    void jsonCarriesFactsWithFullCitations() throws Exception {
        Result result = kg("query", "match \"DeepSeek-V3\" uses ?x", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(result.out);
        assertThat(json.get("kind").asText()).isEqualTo("facts");
        assertThat(json.get("rows")).hasSize(3);
        JsonNode citation = json.get("rows").get(0).get("facts").get(0).get("citations").get(0);
        assertThat(citation.get("document").asText()).isEqualTo("deepseek-v3");
        assertThat(citation.get("quote").asText()).isNotBlank();
    }

    @Test
    void aComparisonSaysNotReportedWhereAReportIsSilent() {
        Result result = kg("query", "compare \"MLA\", \"DeepSeek-V3\" on training_cost, pretraining_tokens",
                "--format", "markdown");
        assertThat(result.out).contains("| training_cost | *not reported* | 119K GPU hour [stage=context extension]");
    }

    @Test
    void aSyntaxErrorIsOneMessageWithACaretAndNoStackTrace() {
        Result result = kg("query", "fact about \"DeepSeek-V3\"");
        assertThat(result.status).isEqualTo(1);
        assertThat(result.err).startsWith("error: line 1:1: mismatched input 'fact'.")
                .contains("Did you mean 'facts'?")
                .contains("\nfact about \"DeepSeek-V3\"\n^")
                .doesNotContain("at dev.citegraph");
    }

    @Test
    void anUnknownEntityNamesTheNearestOne() {
        Result result = kg("query", "facts about \"DeepSeek-V4\"");
        assertThat(result.status).isEqualTo(1);
        assertThat(result.err).startsWith("error: line 1:13: no entity named \"DeepSeek-V4\" in the graph. "
                + "Did you mean \"DeepSeek-V2\" or \"DeepSeek-V3\"? [N302]");
        assertThat(kg("query", "facts about \"DeepSek-V3\"").err).contains("Did you mean \"DeepSeek-V3\"? [N302]");
    }

    @Test
    void anUnknownPredicateNamesTheNearestOne() {
        Result result = kg("query", "match ?m usess ?x");
        assertThat(result.err).startsWith("error: line 1:10: unknown predicate 'usess'. Did you mean 'uses'? [N301]");
    }

    @Test
    void anUnknownDocumentNamesTheNearestOne() {
        Result result = kg("query", "facts about \"MLA\" in \"deepseek-v4\"");
        assertThat(result.err).startsWith("error: line 1:22: no document \"deepseek-v4\" in the graph. "
                + "Did you mean \"deepseek-v2\" or \"deepseek-v3\"? [N305]");
    }

    @Test
    void aScaleWordAfterANumberMultipliesItWithoutConstrainingTheUnit() {
        Result result = kg("query", "match ?m has_total_parameters ?p where ?p > 100 billion");
        assertThat(result.status).isZero();
        assertThat(result.out).contains("DeepSeek-V3  671B parameter", "DeepSeek-V2  236B parameter",
                "DeepSeek-V3  671 billion params", "3 rows");
    }

    @Test
    void aUnitInAnySpellingOfTheUnitVocabularyFindsTheFactsStoredInIt() {
        assertThat(kg("query", "match ?m has_total_parameters ?p where ?p > 300 billion params").out)
                .contains("DeepSeek-V3  671B parameter", "DeepSeek-V3  671 billion params", "2 rows");
        assertThat(kg("query", "match ?m training_cost ?c where ?c >= 2.6M \"GPU-hours\"").out)
                .contains("DeepSeek-V3  2664K GPU hour [stage=pre-training]", "1 row");
    }

    @Test
    void aUnitTheVocabularyDoesNotKnowIsAnErrorNotAnEmptyAnswer() {
        Result result = kg("query", "match ?m has_total_parameters ?p where ?p > 100 billion parametres");
        assertThat(result.status).isEqualTo(1);
        assertThat(result.out).isEmpty();
        assertThat(result.err).startsWith("error: line 1:57: unknown unit 'parametres'. Did you mean 'parameters'? [E211]");
    }

    @Test
    void rejectedFactsAnswerOnlyWhenAskedFor() {
        assertThat(kg("query", "match \"DeepSeek-V3\" uses ?x").out).doesNotContain("Dropout");
        assertThat(kg("query", "match \"DeepSeek-V3\" uses ?x", "--include-rejected").out).contains("Dropout");
    }

    @Test
    void explainPrintsPlanAndBothQueriesWithoutOpeningTheStore() {
        Result result = kg("query", "explain match $model uses ?x", "--data", dataDir.resolve("nowhere").toString());
        assertThat(result.out).contains("Plan\n", "Cypher\n", "SPARQL\n", "$name0 ← $model");
        assertThat(Files.exists(dataDir.resolve("nowhere"))).isFalse();
    }

    @Test
    void savedQueriesRunWithParametersAndDefaults() {
        Result result = kg("run", "training-cost-by-stage", "--param", "model=DeepSeek-V3");
        assertThat(result.status).isZero();
        assertThat(result.out).contains("2664K GPU hour [stage=pre-training]").contains("3 rows");
        assertThat(kg("run", "compare-models").out).contains("has_total_parameters").contains("not reported");
    }

    @Test
    void theLibraryListsItsQueriesAndTheUsersOwn(@TempDir Path mine) throws Exception {
        Files.writeString(mine.resolve("v3-uses.kgq"), "# What V3 uses.\nmatch \"DeepSeek-V3\" uses ?x\n");
        Result list = kg("run", "--list", "--queries", mine.toString());
        assertThat(list.out).contains("training-cost-by-stage", "--param model=DeepSeek-V3 (default)",
                "v3-uses  What V3 uses.");
        assertThat(kg("run", "v3-uses", "--queries", mine.toString()).out).contains("DeepSeekMoE");
        assertThat(kg("run", "no-such-query").err).startsWith("error: no saved query 'no-such-query'");
    }

    private static Result kg(String... args) {
        String[] all = args;
        if (java.util.Arrays.stream(args).noneMatch("--data"::equals)) {
            all = java.util.Arrays.copyOf(args, args.length + 2);
            all[args.length] = "--data";
            all[args.length + 1] = dataDir.toString();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Kg().execute(new PrintWriter(out), new PrintWriter(err), all);
        return new Result(status, out.toString(), err.toString());
    }

    private record Result(int status, String out, String err) {
    }
}
