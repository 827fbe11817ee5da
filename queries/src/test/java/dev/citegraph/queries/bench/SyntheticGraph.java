package dev.citegraph.queries.bench;

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A made-up graph shaped like the real one: models ("model-17") that use techniques ("technique-3") and report
 * parameters, tokens and costs, ten facts a model, one document per 500 models; every tenth model's report disagrees
 * with itself on its pre-training tokens.
 */
record SyntheticGraph(int facts) {
    static final int FACTS_PER_MODEL = 10;
    static final int MODELS_PER_DOCUMENT = 500;
    static final int TECHNIQUES = 1_000;
    /** Every tenth model's data section restates its pre-training tokens with another value: a conflict. */
    static final int CONFLICTING_EVERY = 10;

    int models() {
        return facts / FACTS_PER_MODEL;
    }

    void load(GraphStore store) {
        Random random = new Random(7);
        for (int first = 0; first < models(); first += MODELS_PER_DOCUMENT) {
            String doc = "report-" + first / MODELS_PER_DOCUMENT;
            String text = "Synthetic report section: the model uses techniques and reports sizes.";
            Section section = new Section(Section.idFor(doc, "1", "Models"), doc, "1", "Models", 1, 1, 1, text, null,
                    List.of(), List.of());
            Citation citation = Citation.of(section, "the model uses techniques", 29, 54);
            Section data = new Section(Section.idFor(doc, "2", "Data"), doc, "2", "Data", 1, 1, 1,
                    "Synthetic data section: the model was trained on more tokens.", null, List.of(), List.of());
            Citation restated = Citation.of(data, "trained on more tokens", 38, 60);
            List<Fact> facts = new ArrayList<>();
            for (int m = first; m < Math.min(models(), first + MODELS_PER_DOCUMENT); m++) {
                Entity model = new Entity(null, "model-" + m, EntityKind.MODEL, Set.of());
                for (int k = 0; k < 6; k++) {
                    Entity technique = new Entity(null, "technique-" + random.nextInt(TECHNIQUES), EntityKind.METHOD,
                            Set.of());
                    facts.add(fact(model, "uses", new FactObject.EntityObject(technique), citation));
                }
                facts.add(fact(model, "has_total_parameters", quantity(1 + random.nextInt(700), "B", "parameter"), citation));
                facts.add(fact(model, "has_activated_parameters_per_token", quantity(1 + random.nextInt(40), "B", "parameter"), citation));
                facts.add(fact(model, "pretraining_tokens", quantity(1 + random.nextInt(20), "T", "token"), citation));
                if (m % CONFLICTING_EVERY == 0) {
                    facts.add(fact(model, "pretraining_tokens", quantity(21 + random.nextInt(20), "T", "token"),
                            restated));
                }
                facts.add(fact(model, "training_cost", quantity(1 + random.nextInt(3000), "K", "GPU hour"),
                        Map.of("stage", m % 2 == 0 ? "pre-training" : "post-training"), citation));
            }
            store.replaceDocument(new Document(doc, "Synthetic " + doc, "", "", 1), List.of(section, data), facts);
        }
    }

    private static FactObject quantity(int mantissa, String suffix, String unit) {
        int exponent = switch (suffix) {
            case "K" -> 3;
            case "B" -> 9;
            default -> 12;
        };
        return new FactObject.QuantityObject(new Quantity(BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent),
                unit, mantissa + suffix));
    }

    private static Fact fact(Entity subject, String predicate, FactObject object, Citation citation) {
        return fact(subject, predicate, object, Map.of(), citation);
    }

    private static Fact fact(Entity subject, String predicate, FactObject object, Map<String, String> qualifiers,
                             Citation citation) {
        return Fact.of(subject, Predicate.of(predicate), object, qualifiers, Verdict.verified(), "synthetic", citation);
    }
}
