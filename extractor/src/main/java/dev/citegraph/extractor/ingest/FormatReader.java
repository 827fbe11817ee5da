package dev.citegraph.extractor.ingest;

/** Reads one format into a report. Implementations throw {@link ReportReadException} for anything unreadable. */
public interface FormatReader {
    IngestedReport read(SourceFile source, ReadOptions options);
}
