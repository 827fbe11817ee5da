package dev.citegraph.queries.query;

import dev.citegraph.dsl.QueryCompiler;
import dev.citegraph.dsl.QueryException;
import dev.citegraph.graph.query.StatusFilter;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.query.render.Format;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of the language reference, docs/query-language.md, answers on the golden graph exactly as the
 * reference shows: a {@code kgq} block followed by a {@code text} block is a query and its answer (or its error). So
 * the reference cannot drift from the language. With {@code -Dgolden.update=true} the recording store rewrites the
 * answers (read the diff).
 */
public abstract class QueryLanguageReferenceContract {
    static final Path REFERENCE = locate();
    private static final Pattern EXAMPLE = Pattern.compile("```kgq\\n(.*?)\\n```\\n+```text\\n(.*?)```", Pattern.DOTALL);

    protected abstract GraphStore store();

    protected boolean records() {
        return false;
    }

    @Test
    void everyExampleAnswersAsTheReferenceShows() throws IOException {
        String reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        QueryService service = new QueryService(store(), new QueryCompiler(PredicateVocabulary.builtIn()));
        Matcher examples = EXAMPLE.matcher(reference);
        StringBuilder updated = new StringBuilder();
        List<String> differences = new ArrayList<>();
        int count = 0;
        while (examples.find()) {
            count++;
            String query = examples.group(1);
            String answer = answer(service, query);
            if (!answer.strip().equals(examples.group(2).strip())) {
                differences.add(query + "\n--- reference shows\n" + examples.group(2) + "--- answered\n" + answer);
            }
            examples.appendReplacement(updated, Matcher.quoteReplacement(
                    "```kgq\n" + query + "\n```\n\n```text\n" + answer.strip() + "\n```"));
        }
        examples.appendTail(updated);
        assertThat(count).as("examples in " + REFERENCE).isGreaterThan(10);
        if (Boolean.getBoolean("golden.update") && records()) {
            Files.writeString(REFERENCE, updated.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(differences).isEmpty();
    }

    private String answer(QueryService service, String query) {
        String text = query.lines().filter(l -> !l.startsWith("# --param ")).reduce("", (a, b) -> a + b + "\n");
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        query.lines().filter(l -> l.startsWith("# --param ")).forEach(l -> {
            String pair = l.substring("# --param ".length());
            parameters.put(pair.substring(0, pair.indexOf('=')).strip(), pair.substring(pair.indexOf('=') + 1).strip());
        });
        try {
            return Format.TABLE.render(service.answer(text.strip(), parameters, StatusFilter.VERIFIED_ONLY));
        } catch (QueryException e) {
            return "error: " + e.getMessage();
        }
    }

    private static Path locate() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/query-language.md");
            if (Files.exists(candidate)) return candidate;
        }
        throw new IllegalStateException("docs/query-language.md not found above " + here);
    }
}
