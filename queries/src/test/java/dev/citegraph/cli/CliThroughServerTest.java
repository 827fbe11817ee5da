package dev.citegraph.cli;

import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.queries.query.GoldenGraph;
import dev.citegraph.queries.query.saved.QueryLibrary;
import dev.citegraph.queries.serve.ServeSettings;
import dev.citegraph.queries.serve.ServerFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a kg serve holds a data directory, the commands on it go through the server and print exactly what they
 * print when they open the store themselves: the same answers, the same errors, the same exit codes.
 */
class CliThroughServerTest {
    @TempDir
    static Path dir;

    private static Path data;
    private static final Map<List<String>, KgRun> LOCAL = new LinkedHashMap<>();
    private static ServeCommand.Serving serving;

    private static final List<List<String>> COMMANDS = List.of(
            List.of("query", "facts about \"DeepSeek-V3\""),
            List.of("query", "match $model uses ?x", "--param", "model=DeepSeek-V3", "--format", "json"),
            List.of("query", "match ?m training_cost ?c order by ?c desc", "--format", "csv"),
            List.of("query", "compare \"DeepSeek-V2\", \"DeepSeek-V3\" on has_total_parameters", "--format", "markdown"),
            List.of("query", "facts about \"DeepSeek-V3\"", "--include-rejected"),
            List.of("query", "match ?m uses\n  ?x order ?x"),
            List.of("query", "facts about \"DeepSeek-V4\""),
            List.of("compare", "DeepSeek-V2", "DeepSeek-V3", "--on", "total_parameters,pretraining_tokens",
                    "--format", "markdown"),
            List.of("compare", "DeepSeek-V4", "DeepSeek-V3"),
            List.of("ask", "How many total parameters does DeepSeek-V3 have?", "--no-log"),
            List.of("stats"),
            List.of("stats", "--json"),
            List.of("review"),
            List.of("export"),
            List.of("export", "--format", "ttl"));

    private static final String SHELL_INPUT = "facts about \"DeepSeek-V2\"\n:format csv\nshow documents\nmatch ?x\n";

    @BeforeAll
    static void storeGraphRunEachCommandOnItThenServeIt() {
        data = dir.resolve("data");
        GoldenGraph.storeIn(data);
        for (List<String> command : COMMANDS) LOCAL.put(command, run(command));
        LOCAL.put(List.of("shell"), KgRun.withInput(SHELL_INPUT, "shell", "--data", data.toString()));
        serving = ServeCommand.Serving.start(StoreConfig.embedded(data), Optional.empty(), ServeSettings.loopback(0,
                dir.resolve("uploads")), PredicateVocabulary.builtIn(), Optional.empty(), dir.resolve("qa.jsonl"),
                new QueryLibrary(null), false);
    }

    private static KgRun run(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--data");
        args.add(data.toString());
        return KgRun.of(args.toArray(String[]::new));
    }

    @AfterAll
    static void stopTheServerAndFindTheStoreFree() {
        serving.close();
        assertThat(ServerFile.of(data)).doesNotExist();
        GraphStores.open(StoreConfig.embedded(data)).close();
    }

    @Test
    void everyCommandPrintsWhatItPrintsWhenItOpensTheStoreItself() {
        for (List<String> command : COMMANDS) {
            KgRun local = LOCAL.get(command);
            KgRun remote = run(command);
            assertThat(remote.out()).as(String.join(" ", command)).isEqualTo(local.out());
            assertThat(remote.err()).as(String.join(" ", command)).isEqualTo(local.err());
            assertThat(remote.exitCode()).as(String.join(" ", command)).isEqualTo(local.exitCode());
        }
    }

    @Test
    void theShellGoesThroughTheServerLineByLine() {
        KgRun local = LOCAL.get(List.of("shell"));
        KgRun remote = KgRun.withInput(SHELL_INPUT, "shell", "--data", data.toString());
        assertThat(remote.out()).isEqualTo(local.out());
        assertThat(remote.errLines().stream().filter(l -> !l.startsWith("answered in")).toList())
                .isEqualTo(local.errLines().stream().filter(l -> !l.startsWith("answered in")).toList())
                .isNotEmpty();
    }

    @Test
    void theServerFileIsTheOwnersOnlyAndNamesThePort() throws IOException {
        Path file = ServerFile.of(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        ServerFile entry = ServerFile.read(data).orElseThrow();
        assertThat(entry.port()).isEqualTo(serving.server().port());
        assertThat(entry.url()).isEqualTo("http://127.0.0.1:" + entry.port());
        assertThat(entry.pid()).isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void anAskThroughTheServerIsLoggedByTheServer() throws IOException {
        KgRun asked = KgRun.of("ask", "How many total parameters does DeepSeek-V2 have?", "--data", data.toString());
        assertThat(asked.out()).contains("236B");
        try (Stream<String> lines = Files.lines(dir.resolve("qa.jsonl"))) {
            assertThat(lines.filter(l -> l.contains("DeepSeek-V2 have?"))).hasSize(1);
        }
    }

    @Test
    void aVocabularyTheServerDoesNotHaveIsAnError() throws IOException {
        Path words = Files.writeString(dir.resolve("words.txt"), "uses | exploits\n");
        KgRun run = KgRun.of("query", "show documents", "--vocabulary", words.toString(), "--data", data.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: kg serve holds ").contains("drop --vocabulary");
    }
}
