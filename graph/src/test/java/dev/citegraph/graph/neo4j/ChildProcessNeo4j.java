package dev.citegraph.graph.neo4j;

import dev.citegraph.graph.store.OpenBolt;
import dev.citegraph.graph.store.StoreConfig;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Neo4j server in a separate JVM ({@link ServeBoltUntilStdinCloses}) on a fresh data directory, reached only over
 * Bolt with a password, as a remote server is. Closing it closes the child's standard input, waits for it to stop and
 * deletes the directory.
 */
final class ChildProcessNeo4j implements AutoCloseable {
    private static final String PASSWORD = "child-process-secret";

    private final Process process;
    private final Path dataDir;
    private final String uri;

    private ChildProcessNeo4j(Process process, Path dataDir, String uri) {
        this.process = process;
        this.dataDir = dataDir;
        this.uri = uri;
    }

    static ChildProcessNeo4j start() {
        try {
            Path dataDir = Files.createTempDirectory("citegraph-child-neo4j");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), ServeBoltUntilStdinCloses.class.getName(),
                    dataDir.toString(), PASSWORD)
                    .redirectError(dataDir.resolveSibling(dataDir.getFileName() + ".err").toFile())
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith(ServeBoltUntilStdinCloses.READY)) {
                process.destroyForcibly();
                throw new IllegalStateException("the child Neo4j did not start (printed " + line + "); see "
                        + dataDir.resolveSibling(dataDir.getFileName() + ".err"));
            }
            return new ChildProcessNeo4j(process, dataDir, line.substring(ServeBoltUntilStdinCloses.READY.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a client reaches the child's server: its Bolt URI, user neo4j and the password. */
    StoreConfig config() {
        return new StoreConfig(null, uri, OpenBolt.USER, PASSWORD, null);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(1, TimeUnit.MINUTES)) process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.deleteIfExists(dataDir.resolveSibling(dataDir.getFileName() + ".err"));
    }
}
