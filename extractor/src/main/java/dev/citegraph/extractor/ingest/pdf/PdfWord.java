package dev.citegraph.extractor.ingest.pdf;

/**
 * A run of glyphs PDFBox reads as one word: its text, horizontal extent, baseline from the top of the page, glyph
 * height, how many of its characters are bold, and its writing direction in degrees (0 for upright text).
 */
record PdfWord(String text, float x0, float x1, float y, float height, int boldChars, int chars, float direction) {

    /** The word with a sub- or superscript written at its end, keeping this word's baseline and height. */
    PdfWord withScript(PdfWord script) {
        return new PdfWord(text + script.text, x0, Math.max(x1, script.x1), y, height, boldChars + script.boldChars,
                chars + script.chars, direction);
    }
}
