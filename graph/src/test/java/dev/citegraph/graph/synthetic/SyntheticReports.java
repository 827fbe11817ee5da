package dev.citegraph.graph.synthetic;

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports made up for load and robustness tests: document {@code d} has {@code sections} sections and
 * {@code facts} cited facts over a pool of {@code entities} entities. The first {@code shared} facts of every
 * document are the same statements (one fact, one citation per document); the others are its own.
 */
public record SyntheticReports(int sections, int facts, int entities, int shared) {
    private static final List<String> PREDICATES = List.of("uses", "trained_on", "evaluated_on", "outperforms",
            "total_parameters", "training_cost", "context_length", "pretraining_tokens");
    private static final String SENTENCE = "The model %s reaches %d on the benchmark after training. ";

    public SyntheticReports {
        if (sections < 1 || facts < 0 || entities < 2 || shared < 0 || shared > facts) {
            throw new IllegalArgumentException("bad synthetic shape");
        }
    }

    public static String documentId(int d) {
        return "doc-" + d;
    }

    public Document document(int d) {
        return new Document(documentId(d), "Synthetic report " + d, "synthetic/" + d + ".md", "sha" + d, 20);
    }

    public List<Section> sections(int d) {
        List<Section> out = new ArrayList<>(sections);
        String first = null;
        for (int s = 0; s < sections; s++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 8; k++) text.append(String.format(SENTENCE, "M" + s + "-" + k, d * 1000 + k));
            String number = "1." + s;
            String id = Section.idFor(documentId(d), number, "Part " + s);
            out.add(new Section(id, documentId(d), number, "Part " + s, 2, 1 + s / 4, 1 + s / 4,
                    text.toString(), first, null, null));
            if (first == null) first = id;
        }
        return out;
    }

    public List<Fact> facts(int d) {
        List<Section> sectionList = sections(d);
        List<Fact> out = new ArrayList<>(facts);
        for (int j = 0; j < facts; j++) out.add(fact(d, j, sectionList.get(j % sections)));
        return out;
    }

    private Fact fact(int d, int j, Section section) {
        long statement = j < shared ? j : (long) d * facts + j;
        Entity subject = new Entity(null, "Model-" + Math.floorMod(statement * 31, entities), EntityKind.MODEL,
                Set.of());
        String predicate = PREDICATES.get((int) (statement % PREDICATES.size()));
        FactObject object = statement % 2 == 0
                ? new FactObject.EntityObject(new Entity(null, "Method-" + Math.floorMod(statement * 17, entities),
                        EntityKind.METHOD, Set.of()))
                : new FactObject.QuantityObject(new Quantity(BigDecimal.valueOf(statement), "token", statement + ""));
        int sentence = j % 8;
        int start = section.text().indexOf("The model", sentence * 10);
        int end = section.text().indexOf('.', start) + 1;
        Citation citation = Citation.of(section, section.text().substring(start, end), start, end);
        return Fact.of(subject, Predicate.of(predicate), object, Map.of("run", "r" + statement),
                Verdict.verified(), "synthetic", citation);
    }
}
