package dev.citegraph.cli;

import dev.citegraph.extractor.llm.ChatModels;
import dev.citegraph.extractor.llm.LlmSettings;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.mcp.CitegraphTools;
import dev.citegraph.mcp.transport.McpStdio;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code kg mcp}: the graph as an MCP server on stdio, for chat clients that launch it. Standard output carries
 * JSON-RPC only: everything else any code prints there goes to standard error while it runs.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = {"Serve the graph to chat clients over MCP (Model Context Protocol) on stdin/stdout: tools to "
                + "run queries, get facts about a name, compare, search facts, list documents and read sections, "
                + "every answer with its citations. With --llm also an ask tool. Runs until the client closes "
                + "stdin; logs go to stderr.",
                "Client configuration: {\"command\": \"/path/to/kg\", \"args\": [\"mcp\", \"--data\", \"/path/to/data\"]}"})
final class McpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ModelOptions model;

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Predicate synonyms added to the built-in vocabulary (lines 'canonical | synonym | ...').")
    Path vocabulary;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        try {
            Optional<LlmSettings> settings = model.settings();
            PredicateVocabulary words = vocabulary == null ? PredicateVocabulary.builtIn()
                    : PredicateVocabulary.withUserFile(vocabulary);
            try (GraphStore graph = store.open()) {
                Optional<CitegraphTools.LanguageModel> language = settings.map(s ->
                        new CitegraphTools.LanguageModel(ChatModels.create(s), s.spec().toString()));
                PrintWriter err = spec.commandLine().getErr();
                err.println("kg mcp: serving the graph over stdio" + language.map(l -> " (ask with " + l.label() + ")")
                        .orElse("") + "; stops when the client closes stdin");
                err.flush();
                McpStdio.serve(new CitegraphTools(graph, words, language), Kg.input(spec).stream(), protocol);
            }
            return 0;
        } finally {
            System.setOut(protocol);
        }
    }
}
