package dev.citegraph.extractor.ingest.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The PDF's outline (bookmarks), which LaTeX's hyperref and most word processors write: each entry's title, depth
 * and the page it points to. It confirms headings that typography alone misses (numbered subsection headings set in
 * small capitals at body size) and gives titles in the report's own words and case.
 */
final class PdfOutline {

    /** One bookmark: its title as written, depth (0 for top level) and 1-based page, 0 when it points nowhere. */
    record Entry(String title, int depth, int page) {
    }

    private static final int MAX_ENTRIES = 5000;
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:Appendix\\s+)?(?:[A-Z]|\\d+)(?:\\.\\d+)*\\.?\\s+(?=\\S)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final List<Entry> entries;
    /** Each entry's key, and its key with a leading section number set aside: made once, matched for every line. */
    private final String[] keys;
    private final String[] keysWithoutNumber;

    private PdfOutline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.keys = new String[this.entries.size()];
        this.keysWithoutNumber = new String[this.entries.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(this.entries.get(i).title());
            keysWithoutNumber[i] = key(withoutNumber(this.entries.get(i).title()));
        }
    }

    static PdfOutline none() {
        return new PdfOutline(List.of());
    }

    static PdfOutline of(List<Entry> entries) {
        return new PdfOutline(entries);
    }

    /** The document's outline; empty when it has none or it cannot be read (an outline is a hint, never required). */
    static PdfOutline read(PDDocument document) {
        try {
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline == null) return none();
            List<Entry> entries = new ArrayList<>();
            walk(document, outline, 0, entries);
            return new PdfOutline(entries);
        } catch (IOException | RuntimeException e) {
            return none();
        }
    }

    private static void walk(PDDocument document, PDOutlineNode node, int depth, List<Entry> into) throws IOException {
        for (PDOutlineItem item : node.children()) {
            if (into.size() >= MAX_ENTRIES) return;
            String title = item.getTitle() == null ? "" : item.getTitle().strip();
            PDPage page = item.findDestinationPage(document);
            int number = page == null ? 0 : document.getPages().indexOf(page) + 1;
            if (!title.isEmpty()) into.add(new Entry(title, depth, number));
            walk(document, item, depth + 1, into);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The entry a printed heading title stands for: same letters and digits once case, spacing (letter-spaced
     * capitals read as "I NTRODUCTION") and a leading section number are set aside, pointing at the same page or
     * the one before (a bookmark may point at the top of the page before its heading).
     */
    Optional<Entry> match(String printedTitle, int page) {
        String key = key(printedTitle);
        if (key.isEmpty()) return Optional.empty();
        for (int i = 0; i < keys.length; i++) {
            Entry entry = entries.get(i);
            boolean near = entry.page() == 0 || entry.page() == page || entry.page() == page - 1;
            if (near && (keys[i].equals(key) || keysWithoutNumber[i].equals(key))) return Optional.of(entry);
        }
        return Optional.empty();
    }

    /** Whether an entry on any page has this title (a leading section number set aside on both sides). */
    boolean names(String title) {
        String key = key(withoutNumber(title));
        if (key.isEmpty()) return false;
        for (String entryKey : keysWithoutNumber) {
            if (entryKey.equals(key)) return true;
        }
        return false;
    }

    static String key(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
    }

    /**
     * The title in the outline's wording when it differs from the printed one only in case and spacing (small or
     * letter-spaced capitals); else the printed title, so punctuation and symbols stay as printed.
     */
    static String ownWords(Entry entry, String printed) {
        String outlined = key(entry.title()).equals(key(printed)) ? entry.title() : withoutNumber(entry.title());
        return caseAndSpace(outlined).equals(caseAndSpace(printed)) ? outlined : printed;
    }

    private static String caseAndSpace(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACE.matcher(folded).replaceAll("");
    }

    private static String withoutNumber(String title) {
        return LEADING_NUMBER.matcher(title).replaceFirst("");
    }
}
