package dev.citegraph.extractor.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables of contents. A page titled "Contents", or one where most lines end in a page number after dot leaders or a
 * wide gap, is a contents page: its entries are dropped and no heading is taken from it, so the body's headings are
 * found where they are printed.
 */
final class ContentsPages {

    private static final Pattern TITLE = Pattern.compile("(?i)(table\\s+of\\s+)?contents");
    private static final Pattern LEADERS = Pattern.compile("(\\.\\s?){4,}|…{2,}");
    private static final Pattern PAGE_REF = Pattern.compile("\\d{1,4}|[ivxlc]{1,7}");
    private static final int MIN_ENTRIES = 5;

    private ContentsPages() {
    }

    /** Whether a page is part of a table of contents. */
    static boolean isContentsPage(PdfPage page, boolean previousWasContents) {
        int entries = 0;
        int dotted = 0;
        boolean titled = false;
        for (PdfLine line : page.lines()) {
            if (isEntry(line)) entries++;
            if (isEntry(line) && LEADERS.matcher(line.text()).find()) dotted++;
            if (TITLE.matcher(line.text()).matches()) titled = true;
        }
        if (titled && entries > 0 || dotted >= MIN_ENTRIES) return true;
        return previousWasContents && !page.lines().isEmpty() && isEntry(page.lines().get(0));
    }

    /** The page without its contents title and entries (and the wrapped lines between entries). */
    static PdfPage withoutEntries(PdfPage page) {
        int[] block = block(page.lines());
        if (block[0] < 0) return page;
        List<PdfLine> kept = new ArrayList<>(page.lines().subList(0, block[0]));
        kept.addAll(page.lines().subList(block[1] + 1, page.lines().size()));
        return page.withLines(kept);
    }

    /** The contents title and entries of a page, with the wrapped lines between entries. */
    static List<PdfLine> entries(PdfPage page) {
        int[] block = block(page.lines());
        return block[0] < 0 ? List.of() : page.lines().subList(block[0], block[1] + 1);
    }

    /**
     * First and last index of the lines that are entries or the contents title, and after them the numbered lines
     * that end in a page number (an entry too long for leaders); -1 when there are none.
     */
    private static int[] block(List<PdfLine> lines) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            if (isEntry(line) || TITLE.matcher(line.text()).matches()) {
                if (first < 0) first = i;
                last = i;
            }
        }
        while (first >= 0 && last + 1 < lines.size() && isLongEntry(lines.get(last + 1).text())) last++;
        return new int[] {first, last};
    }

    private static boolean isLongEntry(String text) {
        int space = text.lastIndexOf(' ');
        return space > 0 && text.substring(space + 1).matches("\\d{1,4}")
                && dev.citegraph.extractor.ingest.HeadingNumber.split(text).isPresent();
    }

    /** "2.1 Basic Architecture . . . . 6" or "1 Introduction      4". */
    static boolean isEntry(PdfLine line) {
        if (line == null) return false;
        String text = line.text();
        int space = text.lastIndexOf(' ');
        if (space < 0 || !PAGE_REF.matcher(text.substring(space + 1)).matches()) return false;
        if (LEADERS.matcher(text).find()) return true;
        List<PdfCell> cells = line.cells();
        if (cells.size() < 2) return false;
        if (!PAGE_REF.matcher(cells.get(cells.size() - 1).text()).matches()) return false;
        return cells.get(cells.size() - 2).text().codePoints().anyMatch(Character::isLetter);
    }
}
