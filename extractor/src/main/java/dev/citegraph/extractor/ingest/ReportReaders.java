package dev.citegraph.extractor.ingest;

import dev.citegraph.extractor.ingest.html.HtmlReportReader;
import dev.citegraph.extractor.ingest.markdown.MarkdownReportReader;
import dev.citegraph.extractor.ingest.pdf.PdfReportReader;
import dev.citegraph.extractor.ingest.text.PlainTextReportReader;

import java.nio.file.Path;

/** The one way in: reads a PDF, HTML, Markdown or plain-text report into its section tree. */
public final class ReportReaders {

    private ReportReaders() {
    }

    /**
     * Reads a report, its format told by its content. Every failure is a {@link ReportReadException} whose one-line
     * message says what is wrong, where, and what to do.
     */
    public static IngestedReport read(Path file, ReadOptions options) {
        SourceFile source = SourceFile.open(file);
        ReportFormat format = ReportFormat.sniff(source);
        if (format != ReportFormat.PDF && source.extension().equals("pdf")) {
            throw ReportReadException.at(file, "is named .pdf but is not a PDF (no %PDF- header; it looks like "
                    + ReportFormat.describe(source.head()) + ")", "check that the download finished or rename the file");
        }
        return readerFor(format).read(source, options == null ? ReadOptions.defaults() : options);
    }

    public static IngestedReport read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    static FormatReader readerFor(ReportFormat format) {
        switch (format) {
            case PDF:
                return new PdfReportReader();
            case HTML:
                return new HtmlReportReader();
            case MARKDOWN:
                return new MarkdownReportReader();
            default:
                return new PlainTextReportReader();
        }
    }
}
