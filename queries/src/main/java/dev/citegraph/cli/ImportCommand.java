package dev.citegraph.cli;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.StoreContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code kg import FILE}: documents from a citegraph export, each replacing the stored document of the same id;
 * other stored documents are left alone. The file is read and checked in full before anything is written.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load a citegraph export (JSONL, Turtle, TriG, JSON-LD) into the graph.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "An export of kg export; the format is told by its extension "
            + "(.jsonl, .ttl, .trig, .jsonld) or its content.")
    Path file;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString());
        ExchangeFormat format = ExchangeFormat.of(file);
        StoreContent content;
        try (InputStream in = Files.newInputStream(file)) {
            content = format.read(in, file.toString());
        }
        try (GraphStore store = storeOptions.open()) {
            content.replaceInto(store);
        }
        spec.commandLine().getOut().printf("imported %d documents and %d facts from %s%n",
                content.batches().size(), content.facts(), file);
        return 0;
    }
}
