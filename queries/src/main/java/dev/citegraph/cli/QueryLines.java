package dev.citegraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The entries of a {@code kg shell} session, one a line; a line ending with a backslash continues on the next.
 * Continued lines are joined with a newline so that an error's "line 2:5" points at the line as it was typed.
 */
final class QueryLines {
    private final BufferedReader reader;
    private final PrintWriter prompts;
    private final boolean prompt;

    /** @param prompt whether to prompt on {@code prompts}: at a terminal only, so piped input gives clean output */
    QueryLines(BufferedReader reader, PrintWriter prompts, boolean prompt) {
        this.reader = reader;
        this.prompts = prompts;
        this.prompt = prompt;
    }

    /** The next entry that is not blank; empty at end of input, where a query left continued still counts. */
    Optional<String> next() throws IOException {
        StringBuilder entry = new StringBuilder();
        prompt("kg> ");
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String trimmed = line.stripTrailing();
            if (trimmed.endsWith("\\")) {
                entry.append(trimmed, 0, trimmed.length() - 1).append('\n');
                prompt("  > ");
                continue;
            }
            entry.append(line);
            if (!entry.toString().isBlank()) return Optional.of(entry.toString());
            entry.setLength(0);
            prompt("kg> ");
        }
        return entry.toString().isBlank() ? Optional.empty() : Optional.of(entry.toString());
    }

    private void prompt(String text) {
        if (!prompt) return;
        prompts.print(text);
        prompts.flush();
    }
}
