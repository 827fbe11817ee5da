package dev.citegraph.extractor.build;

import dev.citegraph.extractor.extract.ExtractionResult;
import dev.citegraph.extractor.extract.Extractor;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.extractor.ingest.ReadOptions;
import dev.citegraph.extractor.ingest.ReportReadException;
import dev.citegraph.extractor.ingest.ReportReaders;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.GraphStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the graph from report files: read → extract → store, one document at a time. A file that cannot be read
 * does not stop the others; each document is replaced in the store in one transaction, so a failure never leaves
 * half a document and never loses what was stored before.
 */
public final class ReportBuilder {
    private final GraphStore store;
    private final Extractor extractor;
    private final ReadOptions readOptions;

    public ReportBuilder(GraphStore store, Extractor extractor, ReadOptions readOptions) {
        this.store = store;
        this.extractor = extractor;
        this.readOptions = readOptions;
    }

    public List<BuildOutcome> buildAll(List<Path> files, Consumer<BuildOutcome> onEach) {
        List<BuildOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            BuildOutcome outcome = build(file);
            outcomes.add(outcome);
            onEach.accept(outcome);
        }
        return outcomes;
    }

    public BuildOutcome build(Path file) {
        IngestedReport report;
        try {
            report = ReportReaders.read(file, readOptions);
        } catch (ReportReadException e) {
            return new BuildOutcome.Failed(file, e.getMessage());
        }
        ExtractionResult result = extractor.extract(report);
        store.replaceDocument(report.document(), report.sections(), result.facts());
        long verified = result.facts().stream().filter(Fact::isVerified).count();
        return new BuildOutcome.Built(file, report.document(), report.sections().size(), verified,
                result.facts().size() - verified, result.failedSections());
    }
}
