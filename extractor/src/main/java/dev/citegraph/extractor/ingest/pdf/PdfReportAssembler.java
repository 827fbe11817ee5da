package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.SectionTreeBuilder;
import dev.citegraph.extractor.ingest.TextJoint;
import dev.citegraph.graph.model.Document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a report's pages of lines into sections: page furniture and contents pages out, headings found, then every
 * remaining line appended to the section it is printed in, tables attached where their caption stands.
 */
final class PdfReportAssembler {

    private PdfReportAssembler() {
    }

    static IngestedReport assemble(String documentId, String sourcePath, String sha256, List<PdfPage> rawPages,
                                   String metadataTitle, PdfOutline outline) {
        List<PdfLine> contentsLines = new ArrayList<>();
        List<PdfPage> unnumbered = rawPages.stream().map(MarginLineNumbers::remove).toList();
        List<PdfPage> pages = withoutContents(PageFurniture.remove(unnumbered), contentsLines);
        LayoutMetrics metrics = LayoutMetrics.of(pages);
        PdfOutline contents = ContentsSignal.asOutline(ContentsSignal.entries(contentsLines), pages);
        List<PdfHeading> headings = new HeadingDetector(metrics, outline, contents).detect(pages);
        Map<PdfLine, PdfHeading> headingAt = new IdentityHashMap<>();
        Map<String, String> evidence = new java.util.HashMap<>();
        Set<PdfLine> headingLines = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PdfHeading heading : headings) {
            headingAt.put(heading.lines().get(0), heading);
            if (heading.number() != null) evidence.putIfAbsent(heading.numberText(), heading.evidence());
            headingLines.addAll(heading.lines());
        }
        SectionTreeBuilder builder = new SectionTreeBuilder(documentId);
        TableFinder tables = new TableFinder(metrics);
        LineJoiner joiner = LineJoiner.forReport(metrics, pages);
        List<PdfLine> body = new ArrayList<>();
        for (PdfPage page : pages) {
            Map<PdfLine, TableFinder.Found> captions = new IdentityHashMap<>();
            tables.find(page).forEach(found -> captions.put(found.caption(), found));
            for (PdfLine line : page.lines()) {
                PdfHeading heading = headingAt.get(line);
                if (heading != null) {
                    appendAll(builder, joiner, body);
                    builder.startSection(heading.numberText(), heading.title(), heading.level(), heading.page());
                    heading.runOnLine().ifPresent(body::add);
                } else if (!headingLines.contains(line)) {
                    TableFinder.Found table = captions.get(line);
                    if (table != null) builder.addTable(table.table());
                    body.add(line);
                }
            }
        }
        appendAll(builder, joiner, body);
        builder.frontMatterTitle(hasAbstract(pages, headings) ? "Abstract" : "Front matter");
        String title = DocumentTitle.of(unnumbered, metadataTitle, documentId);
        Document document = new Document(documentId, title, sourcePath, sha256, rawPages.size());
        return new IngestedReport(document, builder.build(), evidence);
    }

    /** Appends a section's lines, rejoining hyphenated words, then forgets them. */
    private static void appendAll(SectionTreeBuilder builder, LineJoiner joiner, List<PdfLine> lines) {
        PdfLine previous = null;
        boolean hyphenDropped = false;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            PdfLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            TextJoint joint = joiner.between(previous, line, hyphenDropped);
            hyphenDropped = joiner.dropsHyphen(line, next);
            String text = hyphenDropped ? line.text().substring(0, line.text().length() - 1) : line.text();
            builder.append(text, joint, line.page());
            previous = line;
        }
        lines.clear();
    }

    /**
     * The pages with contents entries dropped, so no heading is taken from them and the body after a contents that
     * ends mid-page is read as body; the entries go into {@code contentsLines}.
     */
    private static List<PdfPage> withoutContents(List<PdfPage> pages, List<PdfLine> contentsLines) {
        List<PdfPage> kept = new ArrayList<>(pages.size());
        boolean previous = false;
        for (PdfPage page : pages) {
            boolean contents = ContentsPages.isContentsPage(page, previous);
            if (contents) contentsLines.addAll(ContentsPages.entries(page));
            kept.add(contents ? ContentsPages.withoutEntries(page) : page);
            previous = contents;
        }
        return kept;
    }

    private static boolean hasAbstract(List<PdfPage> pages, List<PdfHeading> headings) {
        PdfLine first = headings.isEmpty() ? null : headings.get(0).lines().get(0);
        for (PdfPage page : pages) {
            for (PdfLine line : page.lines()) {
                if (line == first) return false;
                if (line.text().matches("(?i)abstract[.:]?")) return true;
            }
        }
        return false;
    }
}
