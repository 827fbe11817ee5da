package dev.citegraph.extractor.llm;

import dev.citegraph.extractor.extract.CandidateFact;
import dev.citegraph.extractor.extract.ExtractionResult;
import dev.citegraph.extractor.extract.Extractor;
import dev.citegraph.extractor.extract.FactAssembler;
import dev.citegraph.extractor.ingest.IngestedReport;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extracts facts with a language model: each section part is one call (at most {@code concurrency} at a time), each
 * proposed fact goes through the {@link FactAssembler} (verified against its section or rejected with the reason).
 * A part that fails is recorded and the rest go on. {@link #runReport()} accounts for every report extracted so far.
 */
public final class LlmExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(LlmExtractor.class);

    private final LlmSettings settings;
    private final ChunkExtractor chunks;
    private final SectionChunker chunker;
    private final FactAssembler assembler;
    private final ExtractionProgress progress;
    private final RunTally tally;

    LlmExtractor(LlmSettings settings, ChunkExtractor chunks, SectionChunker chunker, FactAssembler assembler,
                 ExtractionProgress progress) {
        this.settings = settings;
        this.chunks = chunks;
        this.chunker = chunker;
        this.assembler = assembler;
        this.progress = progress;
        this.tally = new RunTally(settings.spec().toString());
    }

    /** The extractor for some settings, with LangChain4j's model, our retries and the on-disk cache. */
    public static LlmExtractor create(LlmSettings settings, FactAssembler assembler, ExtractionProgress progress,
                                      RetryPolicy retries, RetryingChat.Sleeper sleeper) {
        RetryingChat chat = new RetryingChat(ChatModels.create(settings), retries, sleeper);
        ExtractionCache cache = settings.cacheDir() == null
                ? ExtractionCache.disabled() : ExtractionCache.at(settings.cacheDir());
        return new LlmExtractor(settings, new ChunkExtractor(settings, chat, cache),
                new SectionChunker(SectionChunker.DEFAULT_MAX_CHARS), assembler, progress);
    }

    public static LlmExtractor create(LlmSettings settings, FactAssembler assembler, ExtractionProgress progress) {
        return create(settings, assembler, progress, RetryPolicy.DEFAULT, wait -> Thread.sleep(wait.toMillis()));
    }

    @Override
    public String method() {
        return settings.spec().toString();
    }

    public LlmRunReport runReport() {
        return tally.snapshot();
    }

    @Override
    public ExtractionResult extract(IngestedReport report) {
        long started = System.nanoTime();
        assembler.prepare(report);
        String documentId = report.document().id();
        List<SectionChunk> parts = new ArrayList<>();
        for (Section section : report.sections()) parts.addAll(chunker.chunks(report.document().title(), section));
        progress.started(documentId, parts.size());
        List<Fact> facts = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (PartResult result : runAll(documentId, parts)) {
            facts.addAll(result.facts());
            if (result.failure() != null) failed.add(result.failure());
        }
        tally.report((int) parts.stream().map(p -> p.section().id()).distinct().count(), parts.size(),
                Duration.ofNanos(System.nanoTime() - started));
        progress.finished(documentId);
        return ExtractionResult.merging(facts, failed);
    }

    /** The facts of one part, and its failure ("§3.2 Infrastructures: HTTP 500: ...") if it failed. */
    private record PartResult(List<Fact> facts, String failure) {
    }

    /** Runs every part on the pool; results in document order whatever order they finish in. */
    private List<PartResult> runAll(String documentId, List<SectionChunk> parts) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "llm-" + documentId);
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<PartResult>> futures = new ArrayList<>();
            for (SectionChunk part : parts) {
                futures.add(pool.submit(() -> extractPart(documentId, part, done, parts.size())));
            }
            List<PartResult> results = new ArrayList<>();
            for (Future<PartResult> future : futures) results.add(await(future));
            return results;
        } finally {
            // Stops the remaining calls when one part ended the run (LlmUnavailableException).
            pool.shutdownNow();
        }
    }

    private PartResult extractPart(String documentId, SectionChunk part, AtomicInteger done, int total) {
        ChunkOutcome outcome = chunks.extract(part);
        List<Fact> facts = outcome instanceof ChunkOutcome.Extracted extracted ? assemble(extracted) : List.of();
        tally.outcome(outcome, facts);
        ExtractionProgress.Status status;
        String failure = null;
        if (outcome instanceof ChunkOutcome.Failed failed) {
            status = ExtractionProgress.Status.FAILED;
            failure = part.label() + ": " + failed.reason();
            LOG.warn("{} {} failed: {}", documentId, part.label(), failed.reason());
        } else {
            status = ((ChunkOutcome.Extracted) outcome).cached()
                    ? ExtractionProgress.Status.CACHED : ExtractionProgress.Status.EXTRACTED;
        }
        progress.partDone(documentId, part, status, done.incrementAndGet(), total);
        return new PartResult(facts, failure);
    }

    private List<Fact> assemble(ChunkOutcome.Extracted extracted) {
        Section section = extracted.chunk().section();
        List<Fact> facts = new ArrayList<>();
        for (CandidateFact candidate : extracted.facts()) {
            try {
                facts.add(assembler.assemble(section, candidate, method()));
            } catch (RuntimeException e) {
                // One odd proposal must not cost the section's other facts, nor the build.
                LOG.warn("could not assemble a fact proposed for {} {}: {}", section.documentId(),
                        extracted.chunk().label(), candidate, e);
            }
        }
        return facts;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) throw runtime;
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException(cause);
        }
    }
}
