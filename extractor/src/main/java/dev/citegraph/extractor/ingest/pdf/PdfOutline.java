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
    /** "3.2 ", "B. ", or an appendix that says so, "Appendix A. " or "Appendix A: " (as the page prints it). */
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(?:Appendix\\s+(?:[A-Z]|\\d+)(?:\\.\\d+)*[.:]?|(?:[A-Z]|\\d+)(?:\\.\\d+)*\\.?)\\s+(?=\\S)");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** A cross-reference LaTeX could not resolve when it wrote the bookmark: "Proof of Theorem ??". */
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?+");
    /**
     * What the page prints in an unresolved reference's place, once folded into a key: a label with a digit in it
     * ("3.12" as "312", "A.1" as "a1", "2b").
     */
    private static final String REFERENCE_KEY = "\\p{L}{0,2}\\p{N}[\\p{L}\\p{N}]{0,6}";

    private final List<Entry> entries;
    /** Each entry's key, and its key with a leading section number set aside: made once, matched for every line. */
    private final TitleKey[] keys;
    private final TitleKey[] keysWithoutNumber;

    private PdfOutline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.keys = new TitleKey[this.entries.size()];
        this.keysWithoutNumber = new TitleKey[this.entries.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = TitleKey.of(this.entries.get(i).title());
            keysWithoutNumber[i] = TitleKey.of(withoutNumber(this.entries.get(i).title()));
        }
    }

    /**
     * An entry's title folded for matching: its key, or, where the bookmark holds an unresolved reference ("Proof of
     * Theorem ??"), the keys around it with any reference label between, so the heading the page prints with its
     * number ("Proof of Theorem 3.12") is the one the bookmark names.
     */
    private record TitleKey(String exact, Optional<Pattern> withReferences) {

        static TitleKey of(String title) {
            String exact = PdfOutline.key(title);
            // A bookmark that is nothing but a reference has an empty key, which names no heading.
            if (exact.isEmpty() || !UNRESOLVED.matcher(title).find()) return new TitleKey(exact, Optional.empty());
            StringBuilder pattern = new StringBuilder();
            String[] around = UNRESOLVED.split(title, -1);
            for (int i = 0; i < around.length; i++) {
                if (i > 0) pattern.append(REFERENCE_KEY);
                pattern.append(Pattern.quote(PdfOutline.key(around[i])));
            }
            return new TitleKey(exact, Optional.of(Pattern.compile(pattern.toString())));
        }

        boolean matches(String printedKey) {
            return withReferences.map(pattern -> pattern.matcher(printedKey).matches()).orElse(exact.equals(printedKey));
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
     * capitals read as "I NTRODUCTION") and a leading section number are set aside, an unresolved reference ("??")
     * standing for the label the page prints, pointing at the same page or the one before (a bookmark may point at
     * the top of the page before its heading).
     */
    Optional<Entry> match(String printedTitle, int page) {
        String key = key(printedTitle);
        if (key.isEmpty()) return Optional.empty();
        for (int i = 0; i < keys.length; i++) {
            Entry entry = entries.get(i);
            boolean near = entry.page() == 0 || entry.page() == page || entry.page() == page - 1;
            if (near && (keys[i].matches(key) || keysWithoutNumber[i].matches(key))) return Optional.of(entry);
        }
        return Optional.empty();
    }

    /** Whether an entry on any page has this title (a leading section number set aside on both sides). */
    boolean names(String title) {
        String key = key(withoutNumber(title));
        if (key.isEmpty()) return false;
        for (TitleKey entryKey : keysWithoutNumber) {
            if (entryKey.matches(key)) return true;
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
