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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Reads a PDF with PDFBox, page by page, into a section tree. */
public final class PdfReportReader implements FormatReader {

    /** Pages are read by up to this many threads, each with its own copy of the document. */
    private static final int MAX_WORKERS = 4;
    private static final int MIN_PAGES_PER_WORKER = 8;

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
            List<PdfPage> pages = collect(file, document, options);
            if (pages.stream().allMatch(page -> page.lines().isEmpty())) {
                throw ReportReadException.at(file, "has no text layer on any of its " + pageCount
                        + " pages (image-only, probably scanned)", "run OCR first, e.g. ocrmypdf IN.pdf OUT.pdf");
            }
            String metadataTitle = document.getDocumentInformation().getTitle();
            return PdfReportAssembler.assemble(source.documentId(), file.toString(), source.sha256(), pages, metadataTitle,
                    PdfOutline.read(document));
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

    private static List<PdfPage> collect(Path file, PDDocument document, ReadOptions options) {
        int pageCount = document.getNumberOfPages();
        int workers = Math.min(MAX_WORKERS, Math.min(Runtime.getRuntime().availableProcessors(), pageCount / MIN_PAGES_PER_WORKER));
        if (workers < 2) return collectRange(file, document, 1, pageCount);
        ExecutorService pool = Executors.newFixedThreadPool(workers - 1, PdfReportReader::daemon);
        try {
            List<Future<List<PdfPage>>> later = new ArrayList<>();
            int chunk = (pageCount + workers - 1) / workers;
            for (int first = chunk + 1; first <= pageCount; first += chunk) {
                int from = first;
                int to = Math.min(pageCount, first + chunk - 1);
                later.add(pool.submit(() -> collectCopy(file, options, from, to)));
            }
            List<PdfPage> pages = new ArrayList<>(collectRange(file, document, 1, chunk));
            for (Future<List<PdfPage>> part : later) pages.addAll(join(part));
            return pages;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Another thread's pages come from its own copy of the document: a PDDocument is not safe to share. */
    private static List<PdfPage> collectCopy(Path file, ReadOptions options, int from, int to) throws IOException {
        try (PDDocument copy = open(file, options)) {
            return collectRange(file, copy, from, to);
        }
    }

    private static List<PdfPage> collectRange(Path file, PDDocument document, int from, int to) {
        List<PdfPage> pages = new ArrayList<>(to - from + 1);
        PageLineCollector collector = new PageLineCollector(pages::add);
        collector.setStartPage(from);
        collector.setEndPage(to);
        try {
            collector.collect(document);
        } catch (IOException | RuntimeException e) {
            throw ReportReadException.at(file, "page " + (from + pages.size()) + " cannot be read (" + oneLine(e) + ")",
                    "get a fresh copy of the report or repair it, e.g. qpdf IN.pdf OUT.pdf", e);
        }
        return pages;
    }

    private static List<PdfPage> join(Future<List<PdfPage>> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading pages", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReportReadException) throw (ReportReadException) e.getCause();
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "pdf-pages");
        thread.setDaemon(true);
        return thread;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
