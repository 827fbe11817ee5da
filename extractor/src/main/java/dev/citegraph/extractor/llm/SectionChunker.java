package dev.citegraph.extractor.llm;

import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long section into parts a model can read in one call. Cuts fall on paragraph boundaries where there are
 * any, else on line ends, sentence ends or spaces, so every part is a verbatim stretch of the section text (quotes
 * from it are found in the section) and the parts together are the whole text.
 */
public final class SectionChunker {

    /** About 3,000 tokens of section text per call: room for the answer in an 8K context. */
    public static final int DEFAULT_MAX_CHARS = 12_000;

    private static final String[] CUTS = {"\n\n", "\n", ". ", " "};
    /** Lists of other works and of people: the costliest parts of a report to send, and never a fact about it. */
    private static final java.util.regex.Pattern NO_FACTS = java.util.regex.Pattern.compile(
            "(?i)\\s*(references|bibliography|acknowledge?ments?|contributions and acknowledge?ments?)\\s*");

    private final int maxChars;

    public SectionChunker(int maxChars) {
        if (maxChars < 100) throw new IllegalArgumentException("maxChars must be at least 100, was " + maxChars);
        this.maxChars = maxChars;
    }

    /**
     * The calls for one section: none when it has neither text nor tables (a heading directly followed by a child),
     * nor for a reference list or acknowledgments.
     */
    public List<SectionChunk> chunks(String documentTitle, Section section) {
        if (NO_FACTS.matcher(section.title()).matches()) return List.of();
        List<String> pieces = split(section.text());
        List<Table> tables = section.tables().stream().filter(t -> !t.rows().isEmpty()).toList();
        if (pieces.isEmpty() && tables.isEmpty()) return List.of();
        if (pieces.isEmpty()) pieces = List.of("");
        List<SectionChunk> chunks = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            chunks.add(new SectionChunk(documentTitle, section, i + 1, pieces.size(), pieces.get(i),
                    i == 0 ? tables : List.of()));
        }
        return chunks;
    }

    List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int cut = cutPoint(text, start);
            addIfWords(pieces, text.substring(start, cut));
            start = cut;
        }
        addIfWords(pieces, text.substring(start));
        return pieces;
    }

    /** The end of the next part: after the last separator of the strongest kind that leaves a part of useful size. */
    private int cutPoint(String text, int start) {
        int limit = start + maxChars;
        int floor = start + maxChars / 4;
        for (String separator : CUTS) {
            int at = text.lastIndexOf(separator, limit - separator.length());
            if (at >= floor) return at + separator.length();
        }
        return limit;
    }

    private static void addIfWords(List<String> pieces, String piece) {
        if (!piece.isBlank()) pieces.add(piece);
    }
}
