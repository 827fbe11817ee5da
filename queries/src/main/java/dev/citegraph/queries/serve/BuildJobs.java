package dev.citegraph.queries.serve;

import dev.citegraph.extractor.build.BuildOutcome;
import dev.citegraph.extractor.build.ReportBuilder;
import dev.citegraph.extractor.extract.Extractor;
import dev.citegraph.extractor.ingest.ReadOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Build jobs, run one at a time on one thread while the store goes on answering queries. A failed file is reported
 * and the job goes on; each document is replaced in one transaction, so nothing stored before is lost. Closing waits
 * for the document being written, so a stopping server loses no write.
 */
public final class BuildJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BuildJobs.class);

    /** A fresh extractor for each job (extractors learn each report's entities as they go). */
    public interface ExtractorFactory {
        Extractor create();
    }

    private final ServedGraph graph;
    private final ExtractorFactory extractors;
    private final ReadOptions readOptions;
    private final Map<String, BuildJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kg-build");
        thread.setDaemon(true);
        return thread;
    });

    private volatile Runnable afterBuilds = () -> {
    };

    public BuildJobs(ServedGraph graph, ExtractorFactory extractors, ReadOptions readOptions) {
        this.graph = graph;
        this.extractors = extractors;
        this.readOptions = readOptions;
    }

    /**
     * Runs {@code task} on the build thread after each job that stored a document, once the job is done (its clients
     * told), before the next job starts.
     */
    void afterBuilds(Runnable task) {
        this.afterBuilds = Objects.requireNonNull(task, "task");
    }

    /** A new job id, for the folder its uploads go to before the job exists. */
    public static String newId() {
        return "b-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** Queues a build of {@code files}, shown by {@code names}. */
    public BuildJob submit(String id, List<Path> files, List<String> names) {
        BuildJob job = new BuildJob(id, files, names);
        jobs.put(id, job);
        try {
            worker.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(id);
            throw new Problem.Failure(Problem.of(503, "stopping", "The server is stopping",
                    "the server is stopping and takes no more builds"));
        }
        return job;
    }

    public Optional<BuildJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public List<BuildJob> jobs() {
        synchronized (jobs) {
            return new ArrayList<>(jobs.values());
        }
    }

    private void run(BuildJob job) {
        if (!job.start()) return;
        ReportBuilder builder = new ReportBuilder(graph.store(), extractors.create(), readOptions);
        List<Path> files = job.files();
        boolean stored = false;
        for (int i = 0; i < files.size() && !job.cancelRequested(); i++) {
            job.fileStarted(i);
            try {
                BuildOutcome outcome = builder.build(files.get(i));
                if (outcome instanceof BuildOutcome.Built built) {
                    graph.changed();
                    stored = true;
                    job.fileBuilt(i, built.document().id(), built.sections(), built.verifiedFacts(),
                            built.rejectedFacts(), built.failedSections());
                } else {
                    job.fileFailed(i, ((BuildOutcome.Failed) outcome).message());
                }
            } catch (RuntimeException e) {
                LOG.warn("build {} failed on {}", job.id(), files.get(i), e);
                job.fileFailed(i, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        job.finish();
        if (stored) {
            try {
                afterBuilds.run();
            } catch (RuntimeException e) {
                LOG.warn("after build {}: {}", job.id(), e.toString());
            }
        }
    }

    public boolean cancel(String id) {
        BuildJob job = jobs.get(id);
        return job != null && job.requestCancel();
    }

    /** Cancels every job, lets the one running finish the document it is writing, and waits for it. */
    public void close(Duration patience) {
        jobs().forEach(BuildJob::requestCancel);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("a build was still writing after {} s; its document is rolled back when the store closes",
                        patience.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofMinutes(2));
    }
}
