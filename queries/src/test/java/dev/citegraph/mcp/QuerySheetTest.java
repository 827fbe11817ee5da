package dev.citegraph.mcp;

import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.dsl.ast.Query;
import dev.citegraph.dsl.ast.Statement;
import dev.citegraph.dsl.parser.KgqLexer;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The query tool's grammar sheet stays true to the language: its examples compile and use all of it. */
class QuerySheetTest {
    private final QuerySheet sheet = QuerySheet.load();
    private final QueryCompiler compiler = new QueryCompiler(PredicateVocabulary.builtIn());

    @Test
    void everyExampleCompiles() {
        assertThat(sheet.examples()).hasSizeGreaterThan(15);
        for (String example : sheet.examples()) {
            assertThatCode(() -> compiler.compile(example)).as(example).doesNotThrowAnyException();
        }
    }

    @Test
    void theExamplesShowEveryKindOfStatementAndExplain() {
        Set<String> shown = new TreeSet<>();
        boolean explained = false;
        for (String example : sheet.examples()) {
            Query query = compiler.compile(example).query();
            shown.add(query.statement().getClass().getSimpleName());
            explained |= query.explain();
        }
        List<String> kinds = new ArrayList<>();
        for (Class<?> kind : Statement.class.getPermittedSubclasses()) kinds.add(kind.getSimpleName());
        assertThat(shown).containsExactlyInAnyOrderElementsOf(kinds);
        assertThat(explained).isTrue();
    }

    @Test
    void theExamplesUseEveryKeywordOfTheGrammar() {
        String examples = String.join("\n", sheet.examples()).toLowerCase(Locale.ROOT);
        List<String> missing = new ArrayList<>();
        int keywords = 0;
        for (int type = 1; type <= KgqLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = KgqLexer.VOCABULARY.getLiteralName(type);
            if (literal == null) continue;
            Matcher word = Pattern.compile("^'([a-z]+)'$").matcher(literal);
            if (!word.matches()) continue;
            keywords++;
            if (!Pattern.compile("\\b" + word.group(1) + "\\b").matcher(examples).find()) {
                missing.add(word.group(1));
            }
        }
        assertThat(keywords).as("keywords of the grammar").isGreaterThan(25);
        assertThat(missing).as("keywords no example uses").isEmpty();
    }

    @Test
    void theQueryToolDescribesTheLanguageWithTheSheet() {
        assertThat(ToolDefinitions.query(sheet).description()).contains(sheet.text())
                .contains("facts about \"DeepSeek-V3\"", "line:column");
    }
}
