package dev.citegraph.queries.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citegraph.graph.model.Document;
import dev.citegraph.extractor.extract.CandidateFact;
import dev.citegraph.extractor.extract.DefaultFactAssembler;
import dev.citegraph.extractor.normalize.EntityRegistry;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.vocab.PredicateVocabulary;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.queries.answer.GoldCorpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The corpus graph: the hand-checked gold facts of the corpus reports (testdata/corpus/gold), with their real quotes
 * and pages, each document pointing at its real PDF (with its SHA-256) so the server can show the cited page. Two
 * mistakes an extractor makes are added to deepseek-v2 as the real assembler judges them (rejected, with reasons):
 * a number misread from its quote, and a quote claimed from the wrong section.
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
                List<Fact> facts = new ArrayList<>(store.allFacts().stream()
                        .filter(f -> f.citations().stream().anyMatch(c -> c.documentId().equals(id))).toList());
                if (id.equals("deepseek-v2")) facts.addAll(mistakes(store.sections(id)));
                store.replaceDocument(new Document(id, doc.get("title").asText(), pdf.toString(), sha256(pdf),
                        doc.get("pages").asInt()), store.sections(id), facts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Fact> mistakes(List<Section> sections) {
        Section introduction = sections.stream().filter(x -> x.number().equals("1")).findFirst().orElseThrow();
        Section other = sections.stream().filter(x -> !x.number().equals("1")).findFirst().orElseThrow();
        DefaultFactAssembler assembler = new DefaultFactAssembler(PredicateVocabulary.builtIn(), new EntityRegistry());
        Fact misread = assembler.assemble(introduction, new CandidateFact("DeepSeek-V2", "max_context_length",
                "256K tokens", "supports a context length of 128K tokens", Map.of()), "llm");
        Fact elsewhere = assembler.assemble(other, new CandidateFact("DeepSeek-V2", "has_total_parameters", "236B",
                "It is equipped with a total of 236B parameters", Map.of()), "llm");
        if (misread.isVerified() || elsewhere.isVerified()) throw new IllegalStateException("the mistakes passed");
        return List.of(misread, elsewhere);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
