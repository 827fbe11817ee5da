package dev.citegraph.extractor.ingest.pdf;

/** Words of a line that stand together, apart from their neighbours by a gap wider than a word space. */
record PdfCell(String text, float x0, float x1) {
}
