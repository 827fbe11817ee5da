package dev.citegraph.queries.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.queries.answer.GoldCorpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The corpus graph: the hand-checked gold facts of the corpus reports (testdata/corpus/gold), with their real quotes
 * and pages, each document pointing at its real PDF (with its SHA-256) so the server can show the cited page.
 */
final class CorpusGraph {
    private CorpusGraph() {
    }

    static void load(GraphStore store) {
        GoldCorpus.loadInto(store);
        Path gold = GoldCorpus.goldDir();
        try {
            for (String line : Files.readAllLines(gold.resolve("docs.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode doc = Http.JSON.readTree(line);
                String id = doc.get("id").asText();
                if (store.document(id).isEmpty()) continue;
                Path pdf = gold.getParent().resolve(doc.get("file").asText()).toAbsolutePath();
                List<Fact> facts = store.allFacts().stream()
                        .filter(f -> f.citations().stream().anyMatch(c -> c.documentId().equals(id))).toList();
                store.replaceDocument(new Document(id, doc.get("title").asText(), pdf.toString(), sha256(pdf),
                        doc.get("pages").asInt()), store.sections(id), facts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
