package dev.citegraph.cli;

import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.StoreContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code kg export}: the whole graph, facts with their citations, as JSONL or RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph (documents, sections, facts with citations) to a file.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            converter = FormatConverter.class,
            description = "jsonl (one fact a line), ttl, trig or jsonld (default: ${DEFAULT-VALUE}).")
    ExchangeFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws IOException {
        java.util.Optional<ServerClient> server = ServerClient.forStore(storeOptions.config());
        if (server.isPresent()) return exportThrough(server.get());
        StoreContent content;
        try (GraphStore store = storeOptions.open()) {
            content = StoreContent.of(store);
        }
        if (out == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            format.write(content, buffer);
            spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
        } else {
            writeFile(content);
            spec.commandLine().getErr().printf("exported %d documents and %d facts to %s%n",
                    content.batches().size(), content.facts(), out);
        }
        return 0;
    }

    /** The export a running kg serve writes, printed or written as this command would write its own. */
    private int exportThrough(ServerClient server) throws IOException {
        ServerClient.Export export = server.export(format.name().toLowerCase(java.util.Locale.ROOT));
        if (out == null) {
            spec.commandLine().getOut().print(new String(export.content(), StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            writeAtomically(file -> file.write(export.content()));
            spec.commandLine().getErr().printf("exported %d documents and %d facts to %s%n", export.documents(),
                    export.facts(), out);
        }
        return 0;
    }

    private interface FileWriting {
        void write(OutputStream file) throws IOException;
    }

    private void writeFile(StoreContent content) throws IOException {
        writeAtomically(file -> format.write(content, file));
    }

    /** Written beside the target and moved over it, so a failed export never leaves half a file. */
    private void writeAtomically(FileWriting writing) throws IOException {
        Path target = out.toAbsolutePath();
        Path directory = target.getParent();
        if (!Files.isDirectory(directory)) {
            throw new UserException("cannot write " + out + ": directory " + directory + " does not exist");
        }
        Path partial = Files.createTempFile(directory, ".kg-export-", ".part");
        try (OutputStream file = Files.newOutputStream(partial)) {
            writing.write(file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExchangeFormat> {
        @Override
        public ExchangeFormat convert(String value) {
            return Choices.named(ExchangeFormat.class, value).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "', expected one of jsonl, ttl, trig, jsonld"));
        }
    }
}
