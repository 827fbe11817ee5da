package dev.citegraph.extractor.ingest.markdown;

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
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * Reads CommonMark with GFM tables. Headings such as {@code ## 3.3.1 Mixed Precision Framework} take their level
 * from the number; a single leading {@code #} heading is the document's title.
 */
public final class MarkdownReportReader implements FormatReader {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final TextContentRenderer renderer = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    @Override
    public IngestedReport read(SourceFile source, ReadOptions options) {
        String markdown = Normalizer.normalize(TextDecoder.decode(source), Normalizer.Form.NFKC);
        Node root = parser.parse(markdown);
        SectionTreeBuilder builder = new SectionTreeBuilder(source.documentId());
        HeadingLevels levels = new HeadingLevels();
        HeadingLevels.Appendices appendices = new HeadingLevels.Appendices();
        String title = null;
        String pendingCaption = null;
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading) {
                Heading heading = (Heading) node;
                String text = plain(heading);
                if (title == null && heading.getLevel() == 1 && !builder.currentHasText() && isTitle(text)) {
                    title = text;
                    continue;
                }
                Optional<HeadingNumber.Numbered> numbered = appendices.numberOf(text);
                HeadingNumber number = numbered.map(HeadingNumber.Numbered::number).orElse(null);
                int level = levels.levelOf(heading.getLevel(), number);
                builder.startSection(number == null ? "" : number.text(),
                        numbered.map(HeadingNumber.Numbered::title).orElse(text), level, 0);
            } else if (node instanceof TableBlock) {
                Table table = MarkdownTables.toTable((TableBlock) node, pendingCaption, renderer);
                builder.addTable(table);
                for (int row = 0; row < table.rows().size(); row++) builder.append(table.rowText(row), TextJoint.LINE, 0);
            } else {
                String text = plain(node);
                pendingCaption = TableCaptions.parse(text).isPresent() ? text : null;
                builder.append(text, TextJoint.PARAGRAPH, 0);
            }
        }
        Document document = new Document(source.documentId(), title, source.path().toString(), source.sha256(), 0);
        return new IngestedReport(document, builder.build());
    }

    private static boolean isTitle(String text) {
        return HeadingNumber.split(text).filter(n -> !n.number().isAppendix()).isEmpty();
    }

    private String plain(Node node) {
        return renderer.render(node).strip();
    }
}
