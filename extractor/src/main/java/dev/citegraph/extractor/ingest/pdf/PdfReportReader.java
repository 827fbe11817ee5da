package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.FormatReader;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReadOptions;
import dev.citegraph.extractor.ingest.ReportReadException;
import dev.citegraph.extractor.ingest.SourceFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a PDF with PDFBox, page by page, into a section tree. */
public final class PdfReportReader implements FormatReader {

    static {
        PdfBoxSettings.keepFontCacheOutOfHome();
    }

    @Override
    public IngestedReport read(SourceFile source, ReadOptions options) {
        Path file = source.path();
        PdfTrailer.requireComplete(source);
        try (PDDocument document = open(file, options)) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw ReportReadException.at(file, "the PDF has zero pages", "export the report again; there is nothing to read");
            }
            List<PdfPage> pages = collect(file, document);
            if (pages.stream().allMatch(page -> page.lines().isEmpty())) {
                throw ReportReadException.at(file, "has no text layer on any of its " + pageCount
                        + " pages (image-only, probably scanned)", "run OCR first, e.g. ocrmypdf IN.pdf OUT.pdf");
            }
            String metadataTitle = document.getDocumentInformation().getTitle();
            return PdfReportAssembler.assemble(source.documentId(), file.toString(), source.sha256(), pages, metadataTitle);
        } catch (IOException e) {
            throw ReportReadException.at(file, "cannot be closed cleanly (" + e.getMessage() + ")", "check the file", e);
        }
    }

    private static PDDocument open(Path file, ReadOptions options) {
        try {
            return Loader.loadPDF(file.toFile(), options.hasPassword() ? options.password() : "");
        } catch (InvalidPasswordException e) {
            throw options.hasPassword()
                    ? ReportReadException.at(file, "the password given does not open this encrypted PDF", "check --password", e)
                    : ReportReadException.at(file, "the PDF is encrypted and needs a password", "give it with --password", e);
        } catch (IOException e) {
            throw ReportReadException.at(file, "is a corrupt PDF (" + oneLine(e) + ")",
                    "get a fresh copy of the report or repair it, e.g. qpdf IN.pdf OUT.pdf", e);
        }
    }

    private static List<PdfPage> collect(Path file, PDDocument document) {
        List<PdfPage> pages = new ArrayList<>(document.getNumberOfPages());
        PageLineCollector collector = new PageLineCollector(pages::add);
        try {
            collector.collect(document);
        } catch (IOException | RuntimeException e) {
            throw ReportReadException.at(file, "page " + (pages.size() + 1) + " cannot be read (" + oneLine(e) + ")",
                    "get a fresh copy of the report or repair it, e.g. qpdf IN.pdf OUT.pdf", e);
        }
        return pages;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
