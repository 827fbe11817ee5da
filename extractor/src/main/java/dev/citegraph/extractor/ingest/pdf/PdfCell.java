package dev.citegraph.extractor.ingest.pdf;

import java.util.Objects;

/**
 * Words of a line that stand together, apart from their neighbours by a gap wider than a word space: their text,
 * horizontal extent, glyph height, how many of their characters are bold, how many are set in a small-capitals face,
 * and the words set wholly in bold, in order (a run-in head's title, "Previous Work.", in a line of body text).
 */
record PdfCell(String text, float x0, float x1, float height, int boldChars, int chars, int smallCapsChars,
               String boldWords) {

    PdfCell {
        Objects.requireNonNull(boldWords, "boldWords");
    }

    /** A cell with no small capitals, its bold characters not told apart by word. */
    PdfCell(String text, float x0, float x1, float height, int boldChars, int chars) {
        this(text, x0, x1, height, boldChars, chars, 0, "");
    }
}
