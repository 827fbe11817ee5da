package dev.citegraph.graph.bench;

import dev.citegraph.graph.neo4j.EmbeddedNeo4j;
import dev.citegraph.graph.neo4j.FloorWriter;
import dev.citegraph.graph.neo4j.Neo4jConnections;
import dev.citegraph.graph.neo4j.Neo4jGraphStore;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.synthetic.SyntheticReports;
import org.neo4j.driver.Driver;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Load throughput of the embedded Neo4j store: cited facts per second through {@code replaceDocument} (batched
 * UNWIND, one transaction a document) against the naive one-MERGE-per-transaction writer, in the same run. Only
 * the writes are timed; the synthetic data is made before each document's write. A floor (see FloorWriter) on up to
 * 200,000 facts shows what the graph shape allows on this machine.
 *
 * <p>Arguments: total facts, facts per document, facts for the naive writer, work directory. Run by
 * {@code bench/load.sh}.
 */
public final class LoadBenchmark {
    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = Integer.parseInt(args[0]);
        int perDocument = Integer.parseInt(args[1]);
        int naiveTotal = Integer.parseInt(args[2]);
        Path work = Path.of(args[3]);
        SyntheticReports reports = new SyntheticReports(40, perDocument, Math.max(1_000, total / 20), 50);
        Result batched = measure("batched", reports, total / perDocument, work.resolve("batched"),
                (store, driver, database) -> timed(store::replaceDocument));
        int naivePerDocument = Math.min(perDocument, naiveTotal);
        SyntheticReports naiveReports = new SyntheticReports(40, naivePerDocument, reports.entities(), 50);
        Result naive = measure("naive", naiveReports, naiveTotal / naivePerDocument, work.resolve("naive"),
                (store, driver, database) -> timed(new NaiveWriter(driver)::write));
        SyntheticReports floorReports = new SyntheticReports(40, perDocument, reports.entities(), 0);
        Result floor = measure("floor", floorReports, Math.min(total, FLOOR_FACTS) / perDocument,
                work.resolve("floor"), (store, driver, database) -> new FloorWriter(driver, database)::write);
        System.out.printf(Locale.ROOT, "batched: %,d facts in %,d documents, %.1f s writing = %,.0f facts/s"
                        + " (second half of the documents: %,.0f facts/s; first document %.1f s; process CPU %.1f s)%n",
                batched.facts, batched.documents, batched.seconds, batched.facts / batched.seconds,
                batched.secondHalfRate, batched.firstSeconds, batched.cpuSeconds);
        System.out.printf(Locale.ROOT, "naive:   %,d facts in %.1f s writing = %,.0f facts/s (process CPU %.1f s)%n",
                naive.facts, naive.seconds, naive.facts / naive.seconds, naive.cpuSeconds);
        System.out.printf(Locale.ROOT, "floor:   %,d facts, %.1f s creating = %,.0f facts/s (second half of the documents:"
                        + " %,.0f facts/s): one UNWIND CREATE and its commit a document, nothing checked or merged%n",
                floor.facts, floor.seconds, floor.facts / floor.seconds, floor.secondHalfRate);
        System.out.printf(Locale.ROOT, "speed-up: %.1fx%n",
                (batched.facts / batched.seconds) / (naive.facts / naive.seconds));
        double millions = batched.facts / 1e6;
        System.out.printf(Locale.ROOT, "store on disk after batched load: database files %,.1f MB (%,.0f MB per million"
                        + " facts), transaction logs %,.1f MB (%,.0f MB per million facts)%n",
                batched.databaseBytes / 1e6, batched.databaseBytes / 1e6 / millions,
                batched.logBytes / 1e6, batched.logBytes / 1e6 / millions);
        System.out.printf(Locale.ROOT, "peak resident memory of this JVM: %,.0f MB; peak heap used %,.0f MB%n",
                peakRssKb() / 1024.0, peakHeapBytes() / 1e6);
    }

    private static final int FLOOR_FACTS = 200_000;

    /** Write time only. */
    private record Result(long facts, int documents, double seconds, double secondHalfRate, double firstSeconds,
                          double cpuSeconds, long databaseBytes, long logBytes) {
    }

    /** Writes one document and returns the nanoseconds the write took. */
    private interface TimedWriter {
        long write(Document document, List<Section> sections, List<Fact> facts);
    }

    private interface DocumentWriter {
        void write(Document document, List<Section> sections, List<Fact> facts);
    }

    /** A writer for a store, reached through the store itself or a driver on its database. */
    private interface WriterFactory {
        TimedWriter open(Neo4jGraphStore store, Driver driver, String database);
    }

    private static TimedWriter timed(DocumentWriter writer) {
        return (document, sections, facts) -> {
            long started = System.nanoTime();
            writer.write(document, sections, facts);
            return System.nanoTime() - started;
        };
    }

    /**
     * Writes the first {@code documents} reports into a fresh embedded store with the writer {@code open} makes for
     * it. Each document's data is made before its write; store files are measured after the store is closed, since
     * Neo4j writes them out at the checkpoint on shutdown.
     */
    private static Result measure(String name, SyntheticReports reports, int documents, Path dir,
                                  WriterFactory open) throws IOException {
        long cpu = processCpu();
        long writing = 0;
        long secondHalf = 0;
        long first = 0;
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir);
             Neo4jGraphStore store = new Neo4jGraphStore(Neo4jConnections.embedded(server), server.database(), null);
             Driver driver = Neo4jConnections.embedded(server)) {
            TimedWriter writer = open.open(store, driver, server.database());
            for (int d = 0; d < documents; d++) {
                long took = writer.write(reports.document(d), reports.sections(d), reports.facts(d));
                writing += took;
                if (d == 0) first = took;
                if (d >= documents / 2) secondHalf += took;
                if ((d + 1) % 10 == 0 || d + 1 == documents) progress(name, d + 1, documents, writing);
            }
        }
        int halfDocuments = documents - documents / 2;
        return new Result((long) documents * reports.facts(), documents, writing / 1e9,
                (long) halfDocuments * reports.facts() / (secondHalf / 1e9), first / 1e9,
                (processCpu() - cpu) / 1e9, sizeOf(dir.resolve("data/databases")),
                sizeOf(dir.resolve("data/transactions")));
    }

    private static void progress(String writer, int done, int of, long writingNanos) {
        System.err.printf(Locale.ROOT, "%s: %d/%d documents, %.0f s writing%n", writer, done, of, writingNanos / 1e9);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long peakRssKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(-1);
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
