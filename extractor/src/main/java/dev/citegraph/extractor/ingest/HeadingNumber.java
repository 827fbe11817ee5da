package dev.citegraph.extractor.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed section number: {@code 3.3.1}, appendix {@code A} or {@code B.1}. Ordered the way a report prints them,
 * appendices after the numbered body, so a reader can tell a heading in sequence from a stray number.
 */
public record HeadingNumber(String text, List<Integer> parts) implements Comparable<HeadingNumber> {

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})*|[A-Z](?:\\.\\d{1,2})*)\\.?");
    private static final Pattern LEADING = Pattern.compile(
            "^\\s*(\\d{1,3}(?:\\.\\d{1,2})*|[A-Z](?:\\.\\d{1,2})*)(?:\\.(?=\\s)|(?=\\s))\\s+(\\S.*)$");
    /**
     * A number whose dot runs straight into a capitalised word, {@code 3.Model Selection}: word processors print
     * list-numbered headings so when the space after the number is a tab stop or a zero-width space.
     */
    private static final Pattern LEADING_TIGHT = Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d{1,2})*)\\.(\\p{Lu}\\p{Ll}.*)$");
    /**
     * An appendix that says so, {@code Appendix A. Terminology} or {@code Appendix A: Chat examples}: the word goes,
     * the letter is the number.
     */
    private static final Pattern LEADING_APPENDIX = Pattern.compile("^\\s*Appendix\\s+([A-Z](?:\\.\\d{1,2})*)[.:]?\\s+(\\S.*)$");
    private static final int APPENDIX_BASE = 1000;

    public HeadingNumber {
        parts = List.copyOf(parts);
    }

    /** The number of a token such as {@code 3.3.1.} or {@code B.1}, if it is one. */
    public static Optional<HeadingNumber> parse(String token) {
        Matcher m = NUMBER.matcher(token.strip());
        if (!m.matches()) return Optional.empty();
        String number = m.group(1);
        List<Integer> parts = new ArrayList<>();
        for (String part : number.split("\\.")) {
            char first = part.charAt(0);
            parts.add(Character.isLetter(first) ? APPENDIX_BASE + first - 'A' : Integer.parseInt(part));
        }
        return Optional.of(new HeadingNumber(number, parts));
    }

    /**
     * Splits {@code "3.3.1. Mixed Precision Framework"} (or {@code "3.Model Selection"}, {@code "Appendix A: Terminology"})
     * into number and title, if the
     * line starts with a number.
     */
    public static Optional<Numbered> split(String line) {
        return leading(line).flatMap(m -> parse(m.group(1)).map(number -> new Numbered(number, m.group(2).strip())));
    }

    private static Optional<Matcher> leading(String line) {
        Matcher spaced = LEADING.matcher(line);
        if (spaced.matches()) return Optional.of(spaced);
        Matcher tight = LEADING_TIGHT.matcher(line);
        if (tight.matches()) return Optional.of(tight);
        Matcher appendix = LEADING_APPENDIX.matcher(line);
        return appendix.matches() ? Optional.of(appendix) : Optional.empty();
    }

    /** 1 + the number of dots: {@code 3} and {@code A} are 1, {@code B.1} is 2. */
    public int level() {
        return parts.size();
    }

    public boolean isAppendix() {
        return parts.get(0) >= APPENDIX_BASE;
    }

    /**
     * Whether this number is the one a reader expects right after {@code previous}: its first child ({@code 6} then
     * {@code 6.1}), the next sibling of it or of one of its parents ({@code 6.2} then {@code 6.3} or {@code 7}), or the
     * first appendix after the numbered body. {@code 62} after {@code 6} is in order but not next.
     */
    public boolean isNextAfter(HeadingNumber previous) {
        List<Integer> before = previous.parts;
        if (parts.size() == before.size() + 1) {
            return parts.subList(0, before.size()).equals(before) && parts.get(before.size()) == 1;
        }
        if (parts.size() > before.size()) return false;
        if (isAppendix() && !previous.isAppendix()) return parts.size() == 1 && parts.get(0) == APPENDIX_BASE;
        int last = parts.size() - 1;
        return parts.subList(0, last).equals(before.subList(0, last)) && parts.get(last) == before.get(last) + 1;
    }

    @Override
    public int compareTo(HeadingNumber other) {
        for (int i = 0; i < Math.min(parts.size(), other.parts.size()); i++) {
            int c = Integer.compare(parts.get(i), other.parts.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(parts.size(), other.parts.size());
    }

    /** A heading line taken apart. */
    public record Numbered(HeadingNumber number, String title) {
    }
}
