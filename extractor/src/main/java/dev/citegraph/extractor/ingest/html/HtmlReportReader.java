package dev.citegraph.extractor.ingest.html;

import dev.citegraph.extractor.ingest.FormatReader;
import dev.citegraph.extractor.ingest.HeadingLevels;
import dev.citegraph.extractor.ingest.HeadingNumber;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReadOptions;
import dev.citegraph.extractor.ingest.SectionTreeBuilder;
import dev.citegraph.extractor.ingest.SourceFile;
import dev.citegraph.extractor.ingest.TableCaptions;
import dev.citegraph.extractor.ingest.TextDecoder;
import dev.citegraph.extractor.ingest.TextJoint;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Table;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads HTML with jsoup: {@code h1}–{@code h6} are headings (numbered ones take their level from the number), block
 * elements are paragraphs, {@code table}s become tables with their {@code caption}. Navigation, scripts and styles
 * are not part of the report.
 */
public final class HtmlReportReader implements FormatReader {

    private static final Set<String> SKIPPED = Set.of("script", "style", "nav", "noscript", "template", "head");
    private static final Set<String> BLOCKS = Set.of("p", "li", "pre", "blockquote", "dt", "dd", "figcaption",
            "address", "summary");

    @Override
    public IngestedReport read(SourceFile source, ReadOptions options) {
        String html = Normalizer.normalize(TextDecoder.decode(source), Normalizer.Form.NFKC);
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Walk walk = new Walk(new SectionTreeBuilder(source.documentId()));
        walk.visit(page.body());
        String title = page.title().isBlank() ? walk.firstH1 : page.title().strip();
        Document document = new Document(source.documentId(), title, source.path().toString(), source.sha256(), 0);
        return new IngestedReport(document, walk.builder.build());
    }

    private static final class Walk {
        final SectionTreeBuilder builder;
        final HeadingLevels levels = new HeadingLevels();
        final HeadingLevels.Appendices appendices = new HeadingLevels.Appendices();
        String firstH1;
        String previousText;

        Walk(SectionTreeBuilder builder) {
            this.builder = builder;
        }

        void visit(Element element) {
            for (Element child : element.children()) {
                String tag = child.normalName();
                if (SKIPPED.contains(tag)) continue;
                if (tag.matches("h[1-6]")) heading(child, tag.charAt(1) - '0');
                else if (tag.equals("table")) table(child);
                else if (BLOCKS.contains(tag) && child.select("table, h1, h2, h3, h4, h5, h6").isEmpty()) paragraph(child.text());
                else {
                    String own = child.ownText().strip();
                    if (!own.isEmpty()) paragraph(own);
                    visit(child);
                }
            }
        }

        private void heading(Element element, int depth) {
            String text = element.text().strip();
            if (text.isEmpty()) return;
            if (depth == 1 && firstH1 == null && !builder.currentHasText()
                    && HeadingNumber.split(text).filter(n -> !n.number().isAppendix()).isEmpty()) {
                firstH1 = text;
                return;
            }
            Optional<HeadingNumber.Numbered> numbered = appendices.numberOf(text);
            HeadingNumber number = numbered.map(HeadingNumber.Numbered::number).orElse(null);
            builder.startSection(number == null ? "" : number.text(),
                    numbered.map(HeadingNumber.Numbered::title).orElse(text), levels.levelOf(depth, number), 0);
        }

        private void table(Element element) {
            List<List<String>> rows = new ArrayList<>();
            for (Element row : element.select("tr")) {
                List<String> cells = new ArrayList<>();
                for (Element cell : row.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) cells.add(cell.text().strip());
                }
                if (!cells.isEmpty()) rows.add(cells);
            }
            Element captionElement = element.selectFirst("caption");
            String captionText = captionElement != null ? captionElement.text() : previousText;
            Optional<TableCaptions.Caption> caption = captionText == null ? Optional.empty() : TableCaptions.parse(captionText);
            String label = caption.map(TableCaptions.Caption::label).orElse("");
            String text = caption.map(TableCaptions.Caption::text).orElse(captionElement != null ? captionElement.text() : "");
            Table table = new Table(label, text, null, rows);
            builder.addTable(table);
            if (captionElement != null) paragraph(captionElement.text());
            for (int i = 0; i < table.rows().size(); i++) builder.append(table.rowText(i), TextJoint.LINE, 0);
        }

        private void paragraph(String text) {
            String clean = text.replaceAll("\\s+", " ").strip();
            if (clean.isEmpty()) return;
            builder.append(clean, TextJoint.PARAGRAPH, 0);
            previousText = clean;
        }
    }
}
