package dev.citegraph.extractor.ingest.pdf;

import java.util.List;

/** The title printed on the first page: its largest lines in the upper half, joined; else the PDF's own metadata. */
final class DocumentTitle {

    private DocumentTitle() {
    }

    static String of(List<PdfPage> pages, String metadataTitle, String fallback) {
        if (!pages.isEmpty()) {
            String printed = printed(pages.get(0));
            if (!printed.isBlank()) return printed;
        }
        return metadataTitle != null && !metadataTitle.isBlank() ? metadataTitle.strip() : fallback;
    }

    private static String printed(PdfPage page) {
        float largest = 0;
        for (PdfLine line : page.lines()) {
            if (line.y() < page.height() / 2 && hasLetters(line)) largest = Math.max(largest, line.height());
        }
        StringBuilder title = new StringBuilder();
        boolean inTitle = false;
        for (PdfLine line : page.lines()) {
            boolean big = line.y() < page.height() / 2 && Math.abs(line.height() - largest) < 0.05f * largest;
            if (big && hasLetters(line)) {
                if (title.length() > 0) title.append(' ');
                title.append(line.text());
                inTitle = true;
            } else if (inTitle) {
                break;
            }
        }
        return title.toString().strip();
    }

    private static boolean hasLetters(PdfLine line) {
        return line.text().chars().filter(Character::isLetter).count() >= 3;
    }
}
