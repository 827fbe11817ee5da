package dev.citegraph.extractor.ingest.pdf;

/**
 * A run of glyphs PDFBox reads as one word: its text, horizontal extent, baseline from the top of the page, glyph
 * height, how many of its characters are bold, its writing direction in degrees (0 for upright text) and how many of
 * its characters are set in a small-capitals face.
 */
record PdfWord(String text, float x0, float x1, float y, float height, int boldChars, int chars, float direction,
               int smallCapsChars) {

    /** The word with a sub- or superscript written at its end, keeping this word's baseline and height. */
    PdfWord withScript(PdfWord script) {
        return new PdfWord(text + script.text, x0, Math.max(x1, script.x1), y, height, boldChars + script.boldChars,
                chars + script.chars, direction, smallCapsChars + script.smallCapsChars);
    }
}
