package dev.citegraph.extractor.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citegraph.graph.model.Section;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Found headings against a gold list ({@code {"number", "title", "page"}} per line): a heading counts as found when
 * number, title (case and spacing aside) and page all match. Only numbered sections take part.
 */
public record SectionQuality(int gold, int found, int matched, List<String> missing, List<String> unexpected) {

    public SectionQuality {
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
    }

    /** A heading reduced to what is compared. */
    public record Heading(String number, String title, int page) {
        String key() {
            return number + "|" + title.toLowerCase(Locale.ROOT).replaceAll("\\s+", "") + "|" + page;
        }

        @Override
        public String toString() {
            return number + " " + title + " (p." + page + ")";
        }
    }

    public static List<Heading> readGold(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        List<Heading> headings = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(jsonl)) {
                if (line.isBlank()) continue;
                JsonNode node = mapper.readTree(line);
                headings.add(new Heading(node.path("number").asText(), node.path("title").asText(), node.path("page").asInt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold sections " + jsonl, e);
        }
        return headings;
    }

    public static SectionQuality compare(List<Section> sections, List<Heading> gold) {
        List<Heading> found = sections.stream().filter(s -> !s.number().isEmpty())
                .map(s -> new Heading(s.number(), s.title(), s.pageStart())).toList();
        Set<String> goldKeys = new HashSet<>();
        gold.forEach(h -> goldKeys.add(h.key()));
        Set<String> foundKeys = new HashSet<>();
        found.forEach(h -> foundKeys.add(h.key()));
        List<String> missing = gold.stream().filter(h -> !foundKeys.contains(h.key())).map(Heading::toString).toList();
        List<String> unexpected = found.stream().filter(h -> !goldKeys.contains(h.key())).map(Heading::toString).toList();
        int matched = (int) found.stream().filter(h -> goldKeys.contains(h.key())).count();
        return new SectionQuality(gold.size(), found.size(), matched, missing, unexpected);
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) matched / gold;
    }

    public double precision() {
        return found == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) matched / found;
    }

    /** "recall 100.0% (53/53), precision 100.0% (53/53)". */
    public String summary() {
        return String.format(Locale.ROOT, "recall %.1f%% (%d/%d), precision %.1f%% (%d/%d)",
                100 * recall(), matched, gold, 100 * precision(), matched, found);
    }
}
