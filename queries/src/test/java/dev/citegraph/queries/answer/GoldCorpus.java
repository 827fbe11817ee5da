package dev.citegraph.queries.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.EntityKind;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Predicate;
import dev.citegraph.graph.model.Quantity;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Verdict;
import dev.citegraph.graph.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The hand-checked gold facts of {@code testdata/corpus/gold}, loaded into a store as verified facts. Each gold
 * section's text is the gold quotes of that section, so every citation's span points at its quote. This stands in for
 * a graph extracted from the PDFs where the extraction pipeline is not what is being measured.
 */
public final class GoldCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A gold fact as loaded: its gold id, the fact stored for it, and the sections that count as its citation. */
    public record GoldFact(String goldId, Fact fact, String document, Set<String> sections) {
    }

    /** A gold question with the gold facts answering it. */
    public record GoldQuestion(String id, String question, List<String> answerFactIds) {
    }

    private GoldCorpus() {
    }

    /** {@code testdata/corpus/gold}, found by walking up from the working directory to the repository root. */
    public static Path goldDir() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path gold = dir.resolve("testdata/corpus/gold");
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(gold)) return gold;
        }
        throw new IllegalStateException("no testdata/corpus/gold in " + start + " or any folder above it: run from "
                + "inside a citegraph checkout, whose root holds pom.xml and the committed testdata/ folder");
    }

    public static List<GoldQuestion> questions() {
        List<GoldQuestion> questions = new ArrayList<>();
        for (JsonNode node : lines(goldDir().resolve("questions.jsonl"))) {
            List<String> ids = new ArrayList<>();
            node.get("answer_fact_ids").forEach(id -> ids.add(id.asText()));
            questions.add(new GoldQuestion(node.get("id").asText(), node.get("question").asText(), ids));
        }
        return questions;
    }

    /** For each gold fact id, the sections that count as its citation, as "document §number". */
    public static Map<String, Set<String>> citedSections() {
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        try (var files = Files.list(goldDir().resolve("facts"))) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode f : lines(file)) {
                    Set<String> cited = new HashSet<>();
                    cited.add(f.get("doc").asText() + " §" + f.get("section").asText());
                    if (f.hasNonNull("section_alt")) cited.add(f.get("doc").asText() + " §" + f.get("section_alt").asText());
                    sections.put(f.get("id").asText(), cited);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }

    /** Loads every gold fact file into the store; returns the gold facts by gold id. */
    public static Map<String, GoldFact> loadInto(GraphStore store) {
        Map<String, GoldFact> all = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (JsonNode doc : lines(goldDir().resolve("docs.jsonl"))) titles.put(doc.get("id").asText(), doc.get("title").asText());
        try (var files = Files.list(goldDir().resolve("facts"))) {
            for (Path file : files.sorted().toList()) {
                String documentId = file.getFileName().toString().replace(".jsonl", "");
                all.putAll(loadDocument(store, new Document(documentId, titles.get(documentId), file.toString(), "", 0),
                        lines(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static Map<String, GoldFact> loadDocument(GraphStore store, Document document, List<JsonNode> facts) {
        Map<String, String> sectionTitles = new LinkedHashMap<>();
        for (JsonNode s : lines(goldDir().resolve("sections/" + document.id() + ".jsonl"))) {
            sectionTitles.put(s.get("number").asText(), s.get("title").asText());
        }
        Map<String, StringBuilder> texts = new TreeMap<>();
        for (JsonNode f : facts) {
            StringBuilder text = texts.computeIfAbsent(f.get("section").asText(), k -> new StringBuilder());
            String quote = f.get("quote").asText();
            if (text.indexOf(quote) < 0) text.append(quote).append('\n');
        }
        Map<String, Section> sections = new LinkedHashMap<>();
        texts.forEach((number, text) -> sections.put(number, new Section(Section.idFor(document.id(), number, ""),
                document.id(), number, sectionTitles.getOrDefault(number, ""), 1 + number.length() - number.replace(".", "").length(),
                0, 0, text.toString(), null, List.of(), List.of())));
        Map<String, Fact> merged = new LinkedHashMap<>();
        Map<String, GoldFact> gold = new LinkedHashMap<>();
        for (JsonNode f : facts) {
            Fact fact = fact(f, sections.get(f.get("section").asText()));
            merged.merge(fact.id(), fact, Fact::mergedWith);
            Set<String> cited = new HashSet<>(Set.of(f.get("section").asText()));
            if (f.hasNonNull("section_alt")) cited.add(f.get("section_alt").asText());
            gold.put(f.get("id").asText(), new GoldFact(f.get("id").asText(), fact, document.id(), cited));
        }
        store.replaceDocument(document, List.copyOf(sections.values()), List.copyOf(merged.values()));
        return gold;
    }

    private static Fact fact(JsonNode f, Section section) {
        Entity subject = new Entity(null, f.get("subject").asText(), EntityKind.CONCEPT, strings(f.get("aliases")));
        String objectText = f.get("object").asText();
        FactObject object = switch (f.get("object_kind").asText()) {
            case "quantity" -> new FactObject.QuantityObject(new Quantity(new BigDecimal(f.get("value").asText()),
                    f.path("unit").asText(""), objectText));
            case "entity" -> new FactObject.EntityObject(new Entity(null, objectText, EntityKind.CONCEPT,
                    strings(f.get("object_aliases"))));
            default -> new FactObject.TextObject(objectText);
        };
        Map<String, String> qualifiers = new TreeMap<>();
        f.path("qualifiers").properties().forEach(e -> qualifiers.put(e.getKey(), e.getValue().asText()));
        String quote = f.get("quote").asText();
        int start = section.text().indexOf(quote);
        Citation citation = new Citation(section.documentId(), section.id(), section.number(), section.title(),
                f.get("page").asInt(), quote, start, start + quote.length());
        return Fact.of(subject, Predicate.of(f.get("predicate").asText()), object, qualifiers, Verdict.verified(),
                "gold", citation);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null) array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<JsonNode> lines(Path file) {
        try {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) nodes.add(JSON.readTree(line));
            }
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
