package dev.citegraph.dsl;

import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The exact first line of every kind of error: position, message, code. */
class ErrorMessageTest {
    private static final QueryCompiler COMPILER = new QueryCompiler(PredicateVocabulary.builtIn());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            fact about "DeepSeek-V3"          | line 1:1: mismatched input 'fact'. Expecting: <statement> (facts about, match, compare, conflicts, count/sum/min/max/avg, show, sections of, explain). Did you mean 'facts'? [S100]
            facts abot "DeepSeek-V3"          | line 1:7: mismatched input 'abot'. Expecting: 'about'. Did you mean 'about'? [S100]
            facts about DeepSeek              | line 1:13: mismatched input 'DeepSeek'. Expecting: <string> ("double quoted" or $parameter) [S100]
            facts about "DeepSeek-V3          | line 1:13: unterminated string: add the closing double quote [S101]
            facts about 'DeepSeek-V3'         | line 1:13: names and texts are written in double quotes: "DeepSeek-V3" [S102]
            match ?m uses ?x where ?x == "a"  | line 1:27: '==' is not an operator here: use '=' to compare [S103]
            facts about "x" limit 0           | line 1:23: limit must be a whole number from 1 to 1000000, was 0 [S104]
            match "DeepSeek-V3" @ ?x          | line 1:21: unexpected character '@'. Expecting: <predicate> [S100]
            match "DeepSeek-V3" uses          | line 1:25: unexpected end of query. Expecting: <term> ("name", $parameter or ?variable) [S100]
            match ?m uses ?x where ?x >       | line 1:28: unexpected end of query. Expecting: <value> (number, "text" or $parameter) [S100]
            explian match ?m uses ?x          | line 1:1: mismatched input 'explian'. Expecting: <statement> (facts about, match, compare, conflicts, count/sum/min/max/avg, show, sections of, explain). Did you mean 'explain'? [S100]
            match ?m uses ?x order ?x         | line 1:24: mismatched input '?x'. Expecting: 'by' [S100]
            match ?m uses ?x where ?y > 1     | line 1:24: unbound variable ?y: no pattern binds it (bound here: ?m, ?x) [E201]
            match ?m uses ?x where ?m > 1     | line 1:29: ?m is an entity and cannot be compared with a number: compare the value a pattern binds, e.g. ?m training_cost ?c where ?c > 1M [E202]
            match ?m cost ?c where ?c > "a"   | line 1:29: '>' compares numbers, not a text: give a number such as 1M, or use '=' or 'contains' for texts [E203]
            match ?m cost ?c where ?c > 1 and ?c = "x" | line 1:35: ?c is compared with a number and with a text: a value is one or the other [E203]
            sum ?m where ?m uses "MLA"        | line 1:5: sum needs numbers, and ?m is not a fact's value: count it, or aggregate the value a pattern binds (?m training_cost ?c) [E204]
            match ?m ?m ?x                    | line 1:10: variable ?m is used both as a predicate and as a subject or object: give them different names [E205]
            match ?m uses ?x order by count   | line 1:27: only aggregate queries order by an aggregate or the document: order by a ?variable [E206]
            count ?m where ?m uses ?x order by ?x | line 1:36: an aggregate query orders by its aggregate (count) or its group key (it has no group by) [E206]
            match ?c > 5                      | line 1:1: a query needs at least one pattern such as ?m uses "MLA" to bind its variables [E207]
            compare "a", "b" on ?p            | line 1:21: compare takes predicate names, not variables: e.g. on total_parameters, pretraining_tokens [E208]
            show predicates of "deepseek-v3"  | line 1:20: only sections are shown 'of' a document: show sections of "deepseek-v3"; use 'matching' to narrow predicates [E209]
            facts about "  "                  | line 1:13: an entity name cannot be empty: write it in double quotes, e.g. "DeepSeek-V3" [E210]
            match ?m cost ?c where ?c > 1M GPU huors     | line 1:32: unknown unit 'GPU huors'. Did you mean 'GPU hours'? [E211]
            match ?m cost ?c where ?c > 100 billion parms | line 1:41: unknown unit 'parms'. Did you mean 'params'? [E211]
            match ?m cost ?c where ?c > 100 bilion params | line 1:33: unknown unit 'bilion'. Did you mean 'billion'? [E211]
            match ?m cost ?c where ?c > 5 furlongs        | line 1:31: unknown unit 'furlongs': write a unit of the unit vocabulary such as parameters, tokens, "GPU hours", USD or %, or none [E211]
            match ?m cost ?c [stage "pre-training"]       | line 1:25: mismatched input '"pre-training"'. Expecting: '=' [S100]
            match ?m cost ?c [stage = pre]                | line 1:27: mismatched input 'pre'. Expecting: <string> ("double quoted" or $parameter) [S100]
            match ?m cost ?c where ?c > $min billion      | line 1:34: 'billion' scales a number, not a parameter: give $min its scale, e.g. --param min=100B [E212]
            match optional ?m uses ?x                    | line 1:7: an optional pattern extends the rows of the required patterns and must share a variable with them, e.g. match ?m uses "MLA" . optional ?m pretraining_tokens ?t [E214]
            match ?m uses ?x . optional ?m cost ?c . ?m tokens ?t | line 1:42: optional patterns come after the required ones they extend: move this pattern before the first optional [E214]
            match ?m uses ?x . optional ?y cost ?c       | line 1:20: an optional pattern extends the rows of the required patterns and must share a variable with them, e.g. match ?m uses "MLA" . optional ?m pretraining_tokens ?t [E214]
            match ?m uses ?x . optional ?m cost ?c . optional ?m tokens ?c | line 1:42: ?c is bound by another optional pattern and may be missing: give each optional pattern its own variables, or make the pattern that binds ?c required [E214]
            match ?m uses ?x . optional ?m cost ?c where ?c > 5 | line 1:46: ?c is bound by an optional pattern and may be missing: a condition on it would drop the rows without it; drop 'optional' to keep only the rows that have it [E214]
            match ?m uses ?x . optional ?m cost ?c order by ?c | line 1:49: ?c is bound by an optional pattern and may be missing: order by a variable of a required pattern [E214]
            match ?m uses ?x . not ?y uses "MLA"         | line 1:20: a 'not' pattern must share an entity variable with the patterns it filters, e.g. match ?m uses ?x . not ?m uses "MLA" [E215]
            match ?m ?p ?x . not ?m ?p "MLA"             | line 1:25: ?p stands for a value or predicate elsewhere, and a 'not' pattern tests entities: use a new variable here [E215]
            match ?m uses ?x . optional ?m cost ?c . not ?c uses "MLA" | line 1:46: ?c is bound by an optional pattern and may be missing: bind it with a required pattern [E215]
            match ?m uses ?x or ?m uses ?y               | line 1:29: 'or' joins patterns with the same variables in the same places, so that every row binds them; they may differ in their predicates and names, e.g. ?m uses "MLA" or ?m uses "DeepSeekMoE"; write the others as two queries [E216]
            match ?m uses "MLA" or "DeepSeek-V3" uses ?x  | line 1:24: 'or' joins patterns with the same variables in the same places, so that every row binds them; they may differ in their predicates and names, e.g. ?m uses "MLA" or ?m uses "DeepSeekMoE"; write the others as two queries [E216]
            match (?m uses "MLA") or (?m training_cost ?c)        | line 1:26: 'or' joins groups that bind the same variables, so that every row binds them: this group binds ?m, ?c, the first group ?m; bind the same ones in each group, or write two queries [E216]
            match () or ?m uses "MLA"                              | line 1:7: a group holds at least one pattern, e.g. (?m uses "MLA"): fill the empty group or leave it out [E216]
            match (?m uses "MLA") return ?m                        | line 1:7: parentheses group the alternatives of a union: join groups with 'or', e.g. (?m uses "MLA" . ?m uses "DeepSeekMoE") or ?m uses "FP8", or leave them out [E216]
            match optional (?m uses "MLA") or (?m uses "FP8")      | line 1:7: 'optional' applies to one pattern, not to a union: write optional patterns after the union, or make each of their groups required [E216]
            match (?m uses ?x . optional ?m cost ?c) or (?m uses ?x) | line 1:21: an optional pattern extends the rows of the whole match, not of one group: write it after the union [E216]
            match (?m uses ?x . not ?m uses "MLA") or (?m cost ?x) | line 1:21: a 'not' pattern filters the rows of the whole match, not of one group: write it after the union [E216]
            match (?m uses ?x . (?m a ?x) or (?m b ?x)) or (?m c ?x) | line 1:21: groups do not nest: write each combination as a group of its own, e.g. (a . b) or (a . c) for (a . (b) or (c)) [E216]
            match (?c > 1M) or (?m cost ?c)                        | line 1:7: each group of a union needs a pattern to bind its variables, e.g. (?m training_cost ?c . ?c > 1M): add one to this group [E216]
            match (?m cost ?c) or (?m tokens ?c) . ?c > 1M         | line 1:40: each group of the union binds ?c to a fact of its own: write the condition inside each group, e.g. (?m training_cost ?c . ?c > 1M) or (?m pretraining_tokens ?c . ?c > 1T) [E216]
            match (?m uses ?x . ?m contains "V3") or (?m adopts ?x) | line 1:21: a condition on the entity ?m holds for every group alike: write it after the union [E216]
            match (?m uses ?x . ?p > 5) or (?m adopts ?x) . ?m has_total_parameters ?p | line 1:21: ?p is bound outside the union, the same for every group: write the condition after the union [E216]
            match (?m ?p "MLA") or (?m ?p "FP8") order by ?p       | line 1:47: each group of the union binds the predicate ?p from a fact of its own: order by an entity or a value, or by a variable a pattern after the union binds [E216]
            count ?m where (?m uses "MLA") or (?m uses "FP8")      | line 1:16: an aggregate takes its value from one pattern, and a union's groups bind theirs from different ones: aggregate each group in a query of its own, or list the union's rows with match ... return distinct [E216]
            match (?m uses ?x) or (?m adopts ?x) . (?m a ?y) or (?m b ?y) | line 1:40: a match holds one union: write the combinations as the groups of one, e.g. (a . c) or (a . d) or (b . c) or (b . d) for (a) or (b) . (c) or (d) [E216]
            match (?m uses ?x                                      | line 1:18: unexpected end of query. Expecting: ')' [S100]
            conflicts on ?p                              | line 1:14: conflicts are found on predicate names, not variables: e.g. conflicts on pretraining_tokens, or leave out 'on' for every predicate [E217]
            conflicts about "DeepSeek-V3" pretraining_tokens | line 1:31: mismatched input 'pretraining_tokens'. Expecting: <end of query>, ';' [S100]
            match ?m uses ?x or ?m ?p ?x                 | line 1:24: 'or' joins patterns by their predicate names, not variables, e.g. ?m training_cost ?c or ?m pretraining_tokens ?c [E216]
            count ?m where ?m uses ?x . optional ?m cost ?c | line 1:29: an aggregate counts only facts that exist: drop 'optional', or list the rows with match [E214]
            """)
    void reportsTheErrorAtItsPosition(String query, String expected) {
        QueryException error = catchThrowableOfType(QueryException.class, () -> COMPILER.compile(query));
        assertThat(error).as("an error for " + query).isNotNull();
        assertThat(error.getMessage().lines().findFirst()).hasValue(expected);
    }

    @org.junit.jupiter.api.Test
    void showsTheQueryLineWithACaretUnderTheError() {
        QueryException error = catchThrowableOfType(QueryException.class,
                () -> COMPILER.compile("match ?m uses ?x\n  where ?y > 1"));
        assertThat(error.getMessage()).isEqualTo("""
                line 2:9: unbound variable ?y: no pattern binds it (bound here: ?m, ?x) [E201]
                  where ?y > 1
                        ^""");
        assertThat(error.error().code()).isEqualTo(ErrorCode.UNBOUND_VARIABLE);
        assertThat(error.error().kind()).isEqualTo(ErrorCode.Kind.SEMANTIC);
    }

    @org.junit.jupiter.api.Test
    void missingParameterIsReportedWhereItIsUsed() {
        CompiledQuery compiled = COMPILER.compile("match $model uses ?x");
        QueryException error = catchThrowableOfType(QueryException.class, () -> compiled.bind(java.util.Map.of()));
        assertThat(error.getMessage().lines().findFirst())
                .hasValue("line 1:7: no value for $model: pass --param model=VALUE [N303]");
    }

    @org.junit.jupiter.api.Test
    void parameterThatMustBeANumberSaysSo() {
        CompiledQuery compiled = COMPILER.compile("match ?m cost ?c where ?c > $min");
        QueryException error = catchThrowableOfType(QueryException.class,
                () -> compiled.bind(java.util.Map.of("min", "lots")));
        assertThat(error.getMessage().lines().findFirst())
                .hasValue("line 1:29: $min must be a number such as 1.5M or 14.8T, was 'lots' [N304]");
    }
}
