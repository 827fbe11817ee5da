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
        Result batched = batched(reports, total / perDocument, work.resolve("batched"));
        int naivePerDocument = Math.min(perDocument, naiveTotal);
        SyntheticReports naiveReports = new SyntheticReports(40, naivePerDocument, reports.entities(), 50);
        Result naive = naive(naiveReports, naiveTotal / naivePerDocument, work.resolve("naive"));
        SyntheticReports floorReports = new SyntheticReports(40, perDocument, reports.entities(), 0);
        Result floor = floor(floorReports, Math.min(total, FLOOR_FACTS) / perDocument, work.resolve("floor"));
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

    /** Write time only: each document's data is made before its write starts. */
    private record Result(long facts, int documents, double seconds, double secondHalfRate, double firstSeconds,
                          double cpuSeconds, long databaseBytes, long logBytes) {
    }

    private static Result batched(SyntheticReports reports, int documents, Path dir) throws IOException {
        long cpu = processCpu();
        long writing = 0;
        long secondHalf = 0;
        long first = 0;
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir);
             Neo4jGraphStore store = new Neo4jGraphStore(Neo4jConnections.embedded(server), server.database(), null)) {
            for (int d = 0; d < documents; d++) {
                Document document = reports.document(d);
                List<Section> sections = reports.sections(d);
                List<Fact> facts = reports.facts(d);
                long started = System.nanoTime();
                store.replaceDocument(document, sections, facts);
                long took = System.nanoTime() - started;
                writing += took;
                if (d == 0) first = took;
                if (d >= documents / 2) secondHalf += took;
                if ((d + 1) % 10 == 0) progress("batched", d + 1, documents, writing);
            }
        }
        // Measured after the store is closed: Neo4j writes its store files out at the checkpoint on shutdown.
        int halfDocuments = documents - documents / 2;
        return new Result((long) documents * reports.facts(), documents, writing / 1e9,
                (long) halfDocuments * reports.facts() / (secondHalf / 1e9), first / 1e9,
                (processCpu() - cpu) / 1e9, sizeOf(dir.resolve("data/databases")),
                sizeOf(dir.resolve("data/transactions")));
    }

    private static Result naive(SyntheticReports reports, int documents, Path dir) {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir);
             Neo4jGraphStore store = new Neo4jGraphStore(Neo4jConnections.embedded(server), server.database(), null)) {
            Driver driver = Neo4jConnections.embedded(server);
            NaiveWriter writer = new NaiveWriter(driver);
            long cpu = processCpu();
            long writing = 0;
            for (int d = 0; d < documents; d++) {
                Document document = reports.document(d);
                List<Section> sections = reports.sections(d);
                List<Fact> facts = reports.facts(d);
                long started = System.nanoTime();
                writer.write(document, sections, facts);
                writing += System.nanoTime() - started;
                progress("naive", d + 1, documents, writing);
            }
            driver.close();
            long facts = (long) documents * reports.facts();
            return new Result(facts, documents, writing / 1e9, 0, 0, (processCpu() - cpu) / 1e9, 0, 0);
        }
    }

    private static Result floor(SyntheticReports reports, int documents, Path dir) {
        long cpu = processCpu();
        long writing = 0;
        long secondHalf = 0;
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir);
             Neo4jGraphStore store = new Neo4jGraphStore(Neo4jConnections.embedded(server), server.database(), null)) {
            Driver driver = Neo4jConnections.embedded(server);
            FloorWriter writer = new FloorWriter(driver, server.database());
            for (int d = 0; d < documents; d++) {
                long took = writer.write(reports.document(d), reports.sections(d), reports.facts(d));
                writing += took;
                if (d >= documents / 2) secondHalf += took;
                if ((d + 1) % 10 == 0) progress("floor", d + 1, documents, writing);
            }
            driver.close();
        }
        int halfDocuments = documents - documents / 2;
        return new Result((long) documents * reports.facts(), documents, writing / 1e9,
                (long) halfDocuments * reports.facts() / (secondHalf / 1e9), 0, (processCpu() - cpu) / 1e9, 0, 0);
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
