package dev.citegraph.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The query language on one page, for a chat model: the statements, what names, predicates, variables and conditions
 * look like, and examples. It is the {@code query} tool's description; {@code QuerySheetTest} compiles every example
 * and checks that they use every statement and keyword of the grammar, so the sheet cannot drift from the language.
 */
public final class QuerySheet {
    private static final String RESOURCE = "query-language.txt";
    private static final String EXAMPLES = "Examples:";

    private final String text;

    private QuerySheet(String text) {
        this.text = text;
    }

    public static QuerySheet load() {
        try (InputStream in = QuerySheet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + " next to QuerySheet");
            return new QuerySheet(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public String text() {
        return text;
    }

    /** The example queries: the indented lines under "Examples:" up to the first blank line. */
    public List<String> examples() {
        List<String> examples = new ArrayList<>();
        boolean inExamples = false;
        for (String line : text.split("\\R")) {
            if (line.strip().equals(EXAMPLES)) {
                inExamples = true;
            } else if (inExamples) {
                if (line.isBlank()) break;
                examples.add(line.strip());
            }
        }
        return examples;
    }
}
