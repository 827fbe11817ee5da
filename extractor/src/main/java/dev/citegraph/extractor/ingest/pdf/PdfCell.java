package dev.citegraph.extractor.ingest.pdf;

/**
 * Words of a line that stand together, apart from their neighbours by a gap wider than a word space: their text,
 * horizontal extent, glyph height, how many of their characters are bold and how many are set in a small-capitals
 * face.
 */
record PdfCell(String text, float x0, float x1, float height, int boldChars, int chars, int smallCapsChars) {

    /** A cell with no small capitals. */
    PdfCell(String text, float x0, float x1, float height, int boldChars, int chars) {
        this(text, x0, x1, height, boldChars, chars, 0);
    }
}
