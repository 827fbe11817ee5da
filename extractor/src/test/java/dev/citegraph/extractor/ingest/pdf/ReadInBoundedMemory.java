package dev.citegraph.extractor.ingest.pdf;

import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReportReaders;

import java.nio.file.Path;

/** Run in a child JVM with a small heap by {@link LongPdfTest}: reads one PDF and prints what it found. */
public final class ReadInBoundedMemory {

    private ReadInBoundedMemory() {
    }

    public static void main(String[] args) {
        IngestedReport report = ReportReaders.read(Path.of(args[0]));
        long numbered = report.sections().stream().filter(s -> !s.number().isEmpty()).count();
        System.out.println("pages=" + report.document().pages() + " sections=" + numbered);
    }
}
