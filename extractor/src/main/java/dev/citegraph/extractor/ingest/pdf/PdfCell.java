package dev.citegraph.extractor.ingest.pdf;

/**
 * Words of a line that stand together, apart from their neighbours by a gap wider than a word space: their text,
 * horizontal extent, glyph height and how many of their characters are bold.
 */
record PdfCell(String text, float x0, float x1, float height, int boldChars, int chars) {
}
