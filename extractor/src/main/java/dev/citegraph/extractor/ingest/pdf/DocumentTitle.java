package dev.citegraph.extractor.ingest.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The title printed on the first page: its largest lines in the upper half, joined. Never a margin stamp (text set
 * sideways is dropped when the page is read; an arXiv, DOI or ISBN identifier, a date or a URL is skipped here) nor a
 * running header (a line printed again, at the same size, on the next pages: a title repeated small in the running
 * header of the next pages is still the title). The metadata title is taken when it is a real title (not a
 * file name, "Untitled" or "Microsoft Word - ...") and either nothing is printed or it spells the printed title with
 * other case or spacing (capitals, a word hyphenated at a line end); else the fallback.
 */
final class DocumentTitle {

    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?i)\\barxiv\\s*:|\\bdoi\\s*:|\\bisbn\\b|\\bissn\\b|https?://|www\\.|^\\s*preprint\\b.{0,40}$"
                    + "|^\\s*(technical report|tech\\.? report)[.:]?\\s*$|\\b(19|20)\\d\\d-\\d\\d-\\d\\d\\b|^[\\p{N}\\p{P}\\s]+$");
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?i)\\s*(untitled.*|microsoft word\\b.*|.*\\.(pdf|docx?|tex|dvi|ps)|title|paper|main|document\\d*)\\s*");
    private static final int RUNNING_HEADER_PAGES = 3;

    private DocumentTitle() {
    }

    static String of(List<PdfPage> pages, String metadataTitle, String fallback) {
        if (!pages.isEmpty()) {
            String printed = printed(pages.get(0), repeated(pages));
            if (!printed.isBlank()) return sameLetters(metadataTitle, printed) ? metadataTitle.strip() : printed;
        }
        return isRealTitle(metadataTitle) ? metadataTitle.strip() : fallback;
    }

    /** A metadata title worth showing: words, not a file name or a producer's placeholder. */
    static boolean isRealTitle(String metadataTitle) {
        if (metadataTitle == null || metadataTitle.isBlank()) return false;
        String title = metadataTitle.strip();
        return !NOT_A_TITLE.matcher(title).matches() && !IDENTIFIER.matcher(title).find()
                && title.chars().filter(Character::isLetter).count() >= 3;
    }

    /**
     * Whether the metadata title is the printed one in other case or spacing (a title set in capitals, a word broken
     * at a line end): then the metadata has the report's own case.
     */
    private static boolean sameLetters(String metadataTitle, String printed) {
        return isRealTitle(metadataTitle) && letters(metadataTitle).equals(letters(printed));
    }

    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static String printed(PdfPage page, Set<String> repeated) {
        float largest = 0;
        for (PdfLine line : page.lines()) {
            if (candidate(page, line, repeated)) largest = Math.max(largest, line.height());
        }
        StringBuilder title = new StringBuilder();
        boolean inTitle = false;
        for (PdfLine line : page.lines()) {
            boolean big = candidate(page, line, repeated) && Math.abs(line.height() - largest) < 0.05f * largest;
            if (big) {
                String joined = title.length() == 0 ? line.text() : LineJoiner.joinWrapped(title.toString(), line.text());
                title.setLength(0);
                title.append(joined);
                inTitle = true;
            } else if (inTitle && !IDENTIFIER.matcher(line.text()).find()) {
                break;
            }
        }
        return title.toString().strip();
    }

    private static boolean candidate(PdfPage page, PdfLine line, Set<String> repeated) {
        return line.y() < page.height() / 2 && hasLetters(line) && !IDENTIFIER.matcher(line.text()).find()
                && !repeated.contains(key(line));
    }

    /** Lines of the first page printed again at the same size on one of the next pages: running headers and footers. */
    private static Set<String> repeated(List<PdfPage> pages) {
        Set<String> later = new HashSet<>();
        for (int i = 1; i < Math.min(pages.size(), 1 + RUNNING_HEADER_PAGES); i++) {
            for (PdfLine line : pages.get(i).lines()) later.add(key(line));
        }
        Set<String> repeated = new HashSet<>();
        for (PdfLine line : pages.get(0).lines()) {
            if (later.contains(key(line))) repeated.add(key(line));
        }
        return repeated;
    }

    /** Text without digits and spaces, and the glyph height to the nearest half point. */
    private static String key(PdfLine line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{N}]+", "") + "@" + Math.round(line.height() * 2);
    }

    private static boolean hasLetters(PdfLine line) {
        return line.text().chars().filter(Character::isLetter).count() >= 3;
    }
}
