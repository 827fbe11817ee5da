package dev.citegraph.queries.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A clause of a query as the user wrote it, for messages: from where it starts to the next clause or keyword. */
final class ClauseText {
    /** What ends a clause outside quotes: a joining word or dot, the end of a group, or what follows the clauses. */
    private static final Pattern END = Pattern.compile(
            "\\s+(?i:and|or|in|order|group|limit|where|return)\\b|\\s*\\.(?=\\s)|\\s*[;})]|\\s*$");

    private ClauseText() {
    }

    static String of(String source, int offset) {
        int end = offset;
        boolean quoted = false;
        int brackets = 0;
        while (end < source.length()) {
            char c = source.charAt(end);
            if (c == '"') quoted = !quoted;
            if (!quoted && c == '[') brackets++;
            if (!quoted && c == ']') brackets--;
            if (!quoted && brackets == 0 && end > offset) {
                Matcher m = END.matcher(source).region(end, source.length());
                if (m.lookingAt()) break;
            }
            end++;
        }
        return source.substring(offset, end).strip();
    }
}
