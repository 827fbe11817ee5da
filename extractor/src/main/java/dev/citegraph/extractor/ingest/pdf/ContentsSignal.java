package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.HeadingNumber;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of contents read as a signal, like the outline: each numbered entry's number, title and page. The pages a
 * contents prints are the report's own page numbers, which may run behind the PDF's (a cover, roman-numbered front
 * matter): the offset is the one most entries agree on, found by looking up each entry's number and title among the
 * numbered lines of the body. A contents whose entries match no body line at all says nothing.
 */
final class ContentsSignal {

    private static final Pattern TRAILER = Pattern.compile("(?:\\s*(?:\\.\\s?){2,}|\\s*…+)?\\s*\\S+$");
    private static final Pattern ARABIC = Pattern.compile("\\d{1,4}");
    /**
     * A page number after leaders whose digits a space keeps apart ("... 1 2" for page 12): a word processor's export
     * that sets each digit as its own run is read with a gap between them.
     */
    private static final Pattern SPACED_PAGE = Pattern.compile("(?:(?:\\.\\s?){2,}|…+)\\s*(\\d(?: ?\\d){1,3})$");

    private ContentsSignal() {
    }

    /** One printed entry: number, title as printed and the page number printed beside it. */
    record Listed(HeadingNumber number, String title, int printedPage) {
    }

    /**
     * The entries of a contents page's lines: a numbered line ending in a page number (with or without leaders: a
     * long title leaves no room for them); a numbered line without one is joined to the next, unnumbered line.
     */
    static List<Listed> entries(List<PdfLine> contentsLines) {
        List<Listed> listed = new ArrayList<>();
        String pending = null;
        for (PdfLine line : contentsLines) {
            boolean numbered = HeadingNumber.split(line.text()).isPresent();
            String text = withPageJoined(pending == null || numbered ? line.text() : pending + " " + line.text());
            pending = null;
            Optional<HeadingNumber.Numbered> split = HeadingNumber.split(text);
            if (split.isEmpty()) continue;
            String pageRef = text.substring(text.lastIndexOf(' ') + 1);
            if (!ARABIC.matcher(pageRef).matches()) {
                pending = text;
                continue;
            }
            String title = TRAILER.matcher(split.get().title()).replaceFirst("").strip();
            if (!title.isEmpty()) listed.add(new Listed(split.get().number(), title, Integer.parseInt(pageRef)));
        }
        return listed;
    }

    private static String withPageJoined(String text) {
        Matcher spaced = SPACED_PAGE.matcher(text);
        if (!spaced.find()) return text;
        return text.substring(0, spaced.start(1)) + spaced.group(1).replace(" ", "");
    }

    /**
     * The entries as an outline pointing at PDF pages, the offset taken from the body lines they name; empty when no
     * entry names a numbered line of the body.
     */
    static PdfOutline asOutline(List<Listed> listed, List<PdfPage> body) {
        if (listed.isEmpty()) return PdfOutline.none();
        Map<String, Listed> byNumberAndTitle = new HashMap<>();
        listed.forEach(entry -> byNumberAndTitle.putIfAbsent(entry.number().text() + "|" + PdfOutline.key(entry.title()), entry));
        Map<Integer, Integer> offsets = new HashMap<>();
        for (PdfPage page : body) {
            for (PdfLine line : page.lines()) {
                HeadingNumber.split(line.text()).ifPresent(split -> {
                    Listed entry = byNumberAndTitle.get(split.number().text() + "|" + PdfOutline.key(split.title()));
                    if (entry != null) offsets.merge(page.number() - entry.printedPage(), 1, Integer::sum);
                });
            }
        }
        if (offsets.isEmpty()) return PdfOutline.none();
        int offset = offsets.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<PdfOutline.Entry> entries = new ArrayList<>(listed.size());
        for (Listed entry : listed) {
            entries.add(new PdfOutline.Entry(entry.number().text() + " " + entry.title(), entry.number().level() - 1,
                    entry.printedPage() + offset));
        }
        return PdfOutline.of(entries);
    }
}
