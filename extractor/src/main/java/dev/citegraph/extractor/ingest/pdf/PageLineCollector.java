package dev.citegraph.extractor.ingest.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns each page into lines of cells with their fonts, handing every page on as soon as it is read, so only one
 * page's glyph positions are ever held.
 */
final class PageLineCollector extends PDFTextStripper {

    private static final Pattern BOLD_NAME = Pattern.compile("bold|black|heavy|semibold|demi|cmbx|cmb\\d|-bd\\b|-medi\\b|sfbx");
    /**
     * Faces of capitals and small capitals, whose small capitals PDFBox reads as lower-case letters: TeX's Computer
     * Modern ({@code cmcsc}) and EC ({@code eccc}) fonts, and fonts that say so in their name.
     */
    private static final Pattern SMALL_CAPS_NAME = Pattern.compile("cmcsc|eccc\\d|smallcap|small-cap");
    /** Gaps wider than this many glyph heights split a line into cells (table columns, leaders, page numbers). */
    private static final float CELL_GAP_HEIGHTS = 1.3f;
    /**
     * Characters that print nothing (zero-width space, word joiner, zero-width no-break space): Google Docs puts a
     * zero-width space after every list number and bullet, which would keep "1." from being read as a number and a
     * quote copied from the page from matching.
     */
    private static final String INVISIBLE = "\u200B\u2060\uFEFF";

    private final Consumer<PdfPage> sink;
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final Map<PDFont, Boolean> smallCapsFonts = new IdentityHashMap<>();
    private final List<ScriptFragments.Line> lines = new ArrayList<>();
    private final List<PdfWord> words = new ArrayList<>();
    private final OverprintFilter overprints = new OverprintFilter();
    private float pageHeight;
    private float pageWidth;

    PageLineCollector(Consumer<PdfPage> sink) {
        this.sink = sink;
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(false);
    }

    void collect(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) {
        overprints.startPage();
        lines.clear();
        words.clear();
        pageHeight = page.getMediaBox().getHeight();
        pageWidth = page.getMediaBox().getWidth();
    }

    @Override
    protected void endPage(PDPage page) {
        flushLine();
        List<PdfLine> pageLines = new ArrayList<>(lines.size());
        for (ScriptFragments.Line line : ScriptFragments.reattach(lines)) {
            pageLines.add(new PdfLine(getCurrentPageNo(), line.y(), cells(line.words())));
        }
        sink.accept(new PdfPage(getCurrentPageNo(), pageHeight, ColumnLayout.inReadingOrder(pageLines, pageWidth)));
        lines.clear();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (!overprints.isRepeat(text)) super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty()) return;
        String normalized = visible(Normalizer.normalize(text, Normalizer.Form.NFKC)).strip();
        if (normalized.isEmpty()) return;
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        float y = 0;
        float height = 0;
        int bold = 0;
        int smallCaps = 0;
        for (TextPosition p : positions) {
            y = Math.max(y, p.getYDirAdj());
            height = Math.max(height, p.getHeightDir());
            if (isBold(p.getFont())) bold++;
            if (isSmallCaps(p.getFont())) smallCaps++;
        }
        words.add(new PdfWord(normalized, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), y, height,
                bold, positions.size(), first.getDir(), smallCaps));
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    @Override
    protected void writeParagraphEnd() {
        flushLine();
    }

    private void flushLine() {
        if (words.isEmpty()) return;
        float y = 0;
        for (PdfWord w : words) y = Math.max(y, w.y());
        lines.add(new ScriptFragments.Line(y, words));
        words.clear();
    }

    private static String visible(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            boolean invisible = INVISIBLE.indexOf(text.charAt(i)) >= 0;
            if (invisible && kept == null) kept = new StringBuilder(text.substring(0, i));
            else if (!invisible && kept != null) kept.append(text.charAt(i));
        }
        return kept == null ? text : kept.toString();
    }

    private static List<PdfCell> cells(List<PdfWord> words) {
        List<PdfCell> cells = new ArrayList<>();
        int start = 0;
        float gap = CELL_GAP_HEIGHTS * medianHeight(words, 0, words.size());
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || words.get(i).x0() - words.get(i - 1).x1() > gap) {
                cells.add(cell(words, start, i));
                start = i;
            }
        }
        return cells;
    }

    private static PdfCell cell(List<PdfWord> words, int from, int to) {
        StringBuilder text = new StringBuilder();
        int bold = 0;
        int chars = 0;
        int smallCaps = 0;
        StringBuilder boldWords = new StringBuilder();
        for (int i = from; i < to; i++) {
            PdfWord w = words.get(i);
            if (text.length() > 0) text.append(' ');
            text.append(w.text());
            bold += w.boldChars();
            chars += w.chars();
            smallCaps += w.smallCapsChars();
            if (w.boldChars() == w.chars()) boldWords.append(boldWords.length() > 0 ? " " : "").append(w.text());
        }
        return new PdfCell(text.toString(), words.get(from).x0(), words.get(to - 1).x1(), medianHeight(words, from, to),
                bold, chars, smallCaps, boldWords.toString());
    }

    private static float medianHeight(List<PdfWord> words, int from, int to) {
        float[] heights = new float[to - from];
        for (int i = from; i < to; i++) heights[i - from] = words.get(i).height();
        java.util.Arrays.sort(heights);
        return heights[heights.length / 2];
    }

    private boolean isSmallCaps(PDFont font) {
        if (font == null) return false;
        return smallCapsFonts.computeIfAbsent(font, f -> f.getName() != null
                && SMALL_CAPS_NAME.matcher(f.getName().toLowerCase(Locale.ROOT)).find());
    }

    private boolean isBold(PDFont font) {
        if (font == null) return false;
        return boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            if (BOLD_NAME.matcher(name).find()) return true;
            PDFontDescriptor descriptor = f.getFontDescriptor();
            return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
        });
    }

}
