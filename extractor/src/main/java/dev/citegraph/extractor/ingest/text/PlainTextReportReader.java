package dev.citegraph.extractor.ingest.text;

import dev.citegraph.extractor.ingest.FormatReader;
import dev.citegraph.extractor.ingest.HeadingNumber;
import dev.citegraph.extractor.ingest.HeadingSequence;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReadOptions;
import dev.citegraph.extractor.ingest.SectionTreeBuilder;
import dev.citegraph.extractor.ingest.SourceFile;
import dev.citegraph.extractor.ingest.TextDecoder;
import dev.citegraph.extractor.ingest.TextJoint;
import dev.citegraph.graph.model.Document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads plain text. A heading is a short line of its own that starts with a section number and a capitalised title,
 * with a blank line (or the start) before it, in increasing order with the other headings. Paragraphs are blocks of
 * lines between blank lines; a form feed starts a new page.
 */
public final class PlainTextReportReader implements FormatReader {

    private static final int MAX_HEADING = 120;

    @Override
    public IngestedReport read(SourceFile source, ReadOptions options) {
        String text = Normalizer.normalize(TextDecoder.decode(source), Normalizer.Form.NFKC).replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        boolean paged = text.indexOf('\f') >= 0;
        Map<Integer, HeadingNumber.Numbered> headings = headings(lines);
        SectionTreeBuilder builder = new SectionTreeBuilder(source.documentId());
        int firstHeading = headings.keySet().stream().min(Integer::compare).orElse(lines.length);
        String title = null;
        int page = paged ? 1 : 0;
        TextJoint joint = TextJoint.PARAGRAPH;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (paged) page += (int) line.chars().filter(c -> c == '\f').count();
            String clean = line.replace('\f', ' ').strip();
            HeadingNumber.Numbered heading = headings.get(i);
            if (heading != null) {
                builder.startSection(heading.number().text(), heading.title(), heading.number().level(), page);
                joint = TextJoint.PARAGRAPH;
            } else if (clean.isEmpty()) {
                joint = TextJoint.PARAGRAPH;
            } else {
                if (title == null && i < firstHeading) title = clean;
                builder.append(clean.replaceAll("\\s+", " "), joint, page);
                joint = TextJoint.SPACE;
            }
        }
        Document document = new Document(source.documentId(), title, source.path().toString(), source.sha256(),
                paged ? page : 0);
        return new IngestedReport(document, builder.build());
    }

    private static Map<Integer, HeadingNumber.Numbered> headings(String[] lines) {
        List<Integer> candidates = new ArrayList<>();
        Map<Integer, HeadingNumber.Numbered> parsed = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace('\f', ' ').strip();
            boolean blankBefore = i == 0 || lines[i - 1].replace('\f', ' ').isBlank();
            if (!blankBefore || line.length() > MAX_HEADING || line.endsWith(".")) continue;
            int index = i;
            HeadingNumber.split(line)
                    .filter(h -> Character.isUpperCase(h.title().charAt(0)))
                    .ifPresent(h -> {
                        candidates.add(index);
                        parsed.put(index, h);
                    });
        }
        Map<Integer, HeadingNumber.Numbered> headings = new HashMap<>();
        for (int index : HeadingSequence.longestIncreasing(candidates, i -> parsed.get(i).number())) {
            headings.put(index, parsed.get(index));
        }
        return headings;
    }
}
