package dev.citegraph.extractor.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Table 1 | Training costs", "Table 2: ...", "Table 3. ...": a table's label and caption. */
public final class TableCaptions {

    private static final Pattern CAPTION = Pattern.compile(
            "^\\s*(Table|TABLE|Tab\\.)\\s+([A-Z]?\\d+(?:\\.\\d+)*|[A-Z])\\s*[|:.—–]\\s*(.*)$", Pattern.DOTALL);

    private TableCaptions() {
    }

    /** A parsed caption. */
    public record Caption(String label, String text) {
    }

    public static Optional<Caption> parse(String line) {
        Matcher m = CAPTION.matcher(line);
        if (!m.matches()) return Optional.empty();
        return Optional.of(new Caption(m.group(1) + " " + m.group(2), m.group(3).replaceAll("\\s+", " ").strip()));
    }
}
