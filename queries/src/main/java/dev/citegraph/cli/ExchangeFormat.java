package dev.citegraph.cli;

import dev.citegraph.graph.jsonl.JsonlExchange;
import dev.citegraph.graph.rdf.RdfExporter;
import dev.citegraph.graph.rdf.RdfFormat;
import dev.citegraph.graph.rdf.RdfImporter;
import dev.citegraph.graph.store.StoreContent;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats of {@code kg export} and {@code kg import}, named as on the command line. */
enum ExchangeFormat {
    JSONL(null), TTL(RdfFormat.TURTLE), TRIG(RdfFormat.TRIG), JSONLD(RdfFormat.JSONLD);

    private final RdfFormat rdf;

    ExchangeFormat(RdfFormat rdf) {
        this.rdf = rdf;
    }

    void write(StoreContent content, OutputStream out) throws IOException {
        if (rdf == null) {
            JsonlExchange.export(content, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        } else {
            RdfExporter.export(content, rdf, out);
        }
    }

    StoreContent read(InputStream in, String source) {
        return rdf == null
                ? JsonlExchange.read(new InputStreamReader(in, StandardCharsets.UTF_8), source)
                : RdfImporter.read(in, rdf, source);
    }

    /** The format of a file: by its extension, else by its first characters. */
    static ExchangeFormat of(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return JSONL;
        if (name.endsWith(".ttl")) return TTL;
        if (name.endsWith(".trig")) return TRIG;
        if (name.endsWith(".jsonld") || name.endsWith(".json")) return JSONLD;
        return sniff(file);
    }

    private static ExchangeFormat sniff(Path file) throws IOException {
        String firstLine;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            firstLine = lines.filter(line -> !line.isBlank()).findFirst().orElse("").strip();
        }
        if (firstLine.startsWith("{\"type\"")) return JSONL;
        if (firstLine.startsWith("{") || firstLine.startsWith("[")) return JSONLD;
        if (firstLine.startsWith("@prefix") || firstLine.startsWith("PREFIX") || firstLine.startsWith("<")) return TRIG;
        throw new UserException("cannot tell the format of " + file + " (expected a citegraph export in JSONL, "
                + "Turtle, TriG or JSON-LD); name it .jsonl, .ttl, .trig or .jsonld");
    }
}
