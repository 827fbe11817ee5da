package dev.citegraph.extractor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names over a table's value columns, rebuilt from header lines as the PDF reader cut them. A name printed on
 * two lines ("DeepSeek-V2" over "Chat (RL)") comes back as two header rows, and neighbouring names run together
 * into one cell when the gap between them is narrow, so a line is read three ways (its cells, its names, its
 * words) and only a reading with exactly one part per column is trusted.
 */
final class HeaderNames {
    /** Words that end a model's name rather than start another's: "67B Chat", "8x22B Inst.", "Chat (RL)". */
    private static final Pattern ROLE = Pattern.compile("(?i)chat|instruct|inst\\.?|base|preview|sft|rl");

    private HeaderNames() {
    }

    /**
     * One name per column, top to bottom: two adjacent lines joined part by part when both split into
     * {@code columns} parts, else the one line that does; empty when no reading fits.
     */
    static Optional<List<String>> of(List<List<String>> lines, int columns) {
        for (int i = lines.size() - 2; i >= 0; i--) {
            Optional<List<String>> joined = joined(lines.get(i), lines.get(i + 1), columns);
            if (joined.isPresent()) return joined;
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            Optional<List<String>> single = readings(lines.get(i), columns).stream().findFirst();
            if (single.isPresent()) return single;
        }
        return Optional.empty();
    }

    private static Optional<List<String>> joined(List<String> top, List<String> bottom, int columns) {
        List<List<String>> lowers = readings(bottom, columns);
        if (lowers.isEmpty()) return Optional.empty();
        for (List<String> upper : readings(top, columns)) {
            // A top part is where a name begins; "3" left over from "LLaMA 3" means the words were miscounted.
            if (!upper.stream().allMatch(part -> Character.isLetter(part.charAt(0)))) continue;
            List<String> names = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                String glue = upper.get(c).endsWith("-") ? "" : " ";
                names.add(upper.get(c) + glue + lowers.get(0).get(c));
            }
            return Optional.of(names);
        }
        return Optional.empty();
    }

    /** The ways a line splits into exactly {@code columns} parts, most trusted first: cells, names, words. */
    private static List<List<String>> readings(List<String> line, int columns) {
        List<String> cells = line.stream().map(String::strip).filter(cell -> !cell.isEmpty()).toList();
        List<String> words = cells.stream().flatMap(cell -> Arrays.stream(cell.split("\\s+"))).toList();
        return Stream.of(cells, names(words), words).filter(parts -> parts.size() == columns).distinct().toList();
    }

    /**
     * Words grouped into names: a word starts a new name unless it continues the current one, as a bracket, a
     * lowercase word ("v0.1"), the first number ("Qwen 1.5", "DeepSeek 67B") or the first role word ("Chat") does.
     */
    static List<String> names(List<String> words) {
        List<List<String>> names = new ArrayList<>();
        for (String word : words) {
            List<String> current = names.isEmpty() ? null : names.get(names.size() - 1);
            if (current == null || !continues(current, word)) names.add(new ArrayList<>(List.of(word)));
            else current.add(word);
        }
        return names.stream().map(name -> String.join(" ", name)).toList();
    }

    private static boolean continues(List<String> name, String word) {
        char first = word.charAt(0);
        if (first == '(' || Character.isLowerCase(first)) return true;
        if (Character.isDigit(first)) return name.stream().noneMatch(w -> Character.isDigit(w.charAt(0)));
        if (ROLE.matcher(word).matches()) return name.stream().noneMatch(w -> ROLE.matcher(w).matches());
        return false;
    }
}
