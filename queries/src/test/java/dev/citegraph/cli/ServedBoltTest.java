package dev.citegraph.cli;

import dev.citegraph.queries.serve.ServerFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.AuthenticationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code kg serve --bolt}: the served store's Bolt port, open on loopback with a password, takes Neo4j's own tools and
 * other kg processes. Four {@code kg build --neo4j} processes write eight reports to it at once, all stating some of
 * the same facts about one model, as builders on several machines would write to one Neo4j; the graph they leave is
 * the graph one process builds from the same reports.
 */
class ServedBoltTest {
    private static final int BUILDERS = 4;
    private static final int REPORTS = 8;

    @TempDir
    static Path dir;
    private static Path data;
    private static List<Path> reports;
    private static Process server;
    private static ServerFile.Bolt bolt;
    private static String boltLine;
    private static final List<Builder> builders = new ArrayList<>();

    /** One {@code kg build} process: the reports it was given, its exit status and what it printed. */
    private record Builder(List<Path> reports, int exitCode, String output) {
    }

    @BeforeAll
    static void serveAnEmptyStoreWithOpenBoltAndBuildIntoItFromFourProcessesAtOnce() throws Exception {
        data = dir.resolve("served");
        reports = new ArrayList<>();
        for (int r = 0; r < REPORTS; r++) reports.add(Files.writeString(dir.resolve("lumen-note-" + r + ".md"), report(r)));
        server = kg("serve", "--data", data.toString(), "--port", "0", "--bolt", "0")
                .redirectError(dir.resolve("serve.log").toFile()).start();
        List<String> lines = firstLines(server, 2);
        assertThat(lines.get(0)).startsWith("citegraph serving ");
        boltLine = lines.get(1);
        bolt = ServerFile.read(data).orElseThrow().bolt();

        List<Process> running = new ArrayList<>();
        List<List<Path>> given = new ArrayList<>();
        for (int b = 0; b < BUILDERS; b++) {
            List<Path> mine = new ArrayList<>();
            for (int r = b; r < REPORTS; r += BUILDERS) mine.add(reports.get(r));
            List<String> args = new ArrayList<>(List.of("build", "--neo4j", bolt.uri(), "--user", bolt.user()));
            mine.forEach(p -> args.add(p.toString()));
            ProcessBuilder builder = kg(args.toArray(String[]::new)).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("builder-" + b + ".log").toFile());
            builder.environment().put("NEO4J_PASSWORD", bolt.password());
            given.add(mine);
            running.add(builder.start());
        }
        for (int b = 0; b < BUILDERS; b++) {
            assertThat(running.get(b).waitFor(10, TimeUnit.MINUTES)).as("builder %d ended", b).isTrue();
            builders.add(new Builder(given.get(b), running.get(b).exitValue(),
                    Files.readString(dir.resolve("builder-" + b + ".log"))));
        }
    }

    @AfterAll
    static void stopTheServer() throws InterruptedException {
        if (server == null) return;
        server.destroy();
        if (!server.waitFor(2, TimeUnit.MINUTES)) server.destroyForcibly();
    }

    @Test
    void fourBuilderProcessesWritingAtOnceLeaveTheGraphOneProcessBuildsFromTheSameReports() throws IOException {
        for (Builder builder : builders) {
            assertThat(builder.exitCode()).as(builder.output()).isZero();
            assertThat(builder.output()).contains("built lumen-note-");
        }
        List<String> served = exportLines("--data", data.toString());

        Path single = dir.resolve("single");
        List<String> build = new ArrayList<>(List.of("build", "--data", single.toString()));
        reports.forEach(p -> build.add(p.toString()));
        KgRun oneProcess = KgRun.of(build.toArray(String[]::new));
        assertThat(oneProcess.exitCode()).as(oneProcess.err()).isZero();

        assertThat(served).as("the graph the four builders left, exported through kg serve")
                .containsExactlyInAnyOrderElementsOf(exportLines("--data", single.toString()));
        String shared = served.stream().filter(line -> line.contains("\"object\":\"395K GPU hours\"")).findFirst()
                .orElseThrow();
        assertThat(shared.split("\"quote\":", -1)).as("a fact every report states is one fact with a citation from "
                + "each: %s", shared).hasSize(REPORTS + 1);
    }

    @Test
    void neo4jToolsReadTheServedGraphOverBoltWithThePasswordOfServeJsonOnly() throws IOException {
        assertThat(boltLine).isEqualTo("Bolt for Neo4j Browser, cypher-shell and drivers at " + bolt.uri()
                + " (user neo4j, password in " + ServerFile.of(data) + ")");
        assertThat(bolt.uri()).startsWith("bolt://127.0.0.1:");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ServerFile.of(data))))
                .isEqualTo("rw-------");
        try (Driver driver = GraphDatabase.driver(bolt.uri(), AuthTokens.basic(bolt.user(), bolt.password()))) {
            // The README's example: what each report says Lumen-1's training took, with the quote behind it.
            List<Record> stages = driver.executableQuery("""
                    MATCH (:Name {key: $name})-[:NAMES]->(m:Entity)<-[:SUBJECT]-(f:Fact {predicate: 'gpu_hours'})
                    MATCH (f)-[c:CITES]->(s:Section)-[:IN]->(d:Document)
                    RETURN m.name AS model, f.qualifiers AS qualifiers, f.valueText AS hours, d.id AS document,
                           c.quote AS quote
                    ORDER BY document, hours""").withParameters(Map.of("name", "lumen-1")).execute().records();
            assertThat(stages).hasSize(REPORTS * 2);
            assertThat(stages.get(0).asMap()).isEqualTo(Map.of("model", "Lumen-1", "qualifiers",
                    List.of("stage=post-training"), "hours", "10000", "document", "lumen-note-0",
                    "quote", "Post-Training 10K $0.02M"));
            assertThat(driver.executableQuery("CALL db.labels() YIELD label RETURN collect(label) AS labels")
                    .execute().records().get(0).get("labels").asList())
                    .containsExactlyInAnyOrder("Document", "Section", "Entity", "Name", "Fact");
        }
        try (Driver withoutPassword = GraphDatabase.driver(bolt.uri(), AuthTokens.none())) {
            assertThatThrownBy(withoutPassword::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    private static List<String> exportLines(String... store) {
        List<String> args = new ArrayList<>(List.of("export", "--format", "jsonl"));
        args.addAll(List.of(store));
        KgRun export = KgRun.of(args.toArray(String[]::new));
        assertThat(export.exitCode()).as(export.err()).isZero();
        return export.out().lines().toList();
    }

    /**
     * Report {@code r}: a note on Lumen-1 whose pre-training row and token count every report repeats (one fact, cited
     * by all) and whose post-training row is its own.
     */
    private static String report(int r) {
        return """
                # Lumen-1 Technical Report, note %d

                ## Abstract

                Lumen-1 is a dense language model. It was pre-trained on 2.5T tokens.

                ## 1 Training Costs

                | Training Stage | GPU Hours | Cost |
                |---|---|---|
                | Pre-Training | 395K | $0.79M |
                | Post-Training | %dK | $0.%02dM |
                """.formatted(r, 10 + r, 2 + r);
    }

    private static ProcessBuilder kg(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Kg.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    private static List<String> firstLines(Process process, int count) throws InterruptedException {
        BlockingQueue<String> lines = ProcessLines.of(process);
        List<String> first = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String line = lines.poll(5, TimeUnit.MINUTES);
            assertThat(line).as("line %d of kg serve (log: %s)", i + 1, dir.resolve("serve.log")).isNotNull();
            first.add(line);
        }
        return first;
    }
}
