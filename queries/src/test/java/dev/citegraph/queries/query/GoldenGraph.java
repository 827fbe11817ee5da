package dev.citegraph.queries.query;

import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Document;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.EntityKind;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.PageStart;
import dev.citegraph.graph.model.Predicate;
import dev.citegraph.graph.model.Quantity;
import dev.citegraph.graph.model.Section;
import dev.citegraph.graph.model.Verdict;
import dev.citegraph.graph.store.GraphStore;
import dev.citegraph.graph.store.GraphStores;
import dev.citegraph.graph.store.StoreConfig;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed graph the golden answers are recorded on: two short reports written for the tests (in our own words), a
 * dozen facts with their citations, one of them rejected, one cited twice, one stored under a predicate the vocabulary
 * does not know (training_cost_dollars, as a language model might name it). The DeepSeek-V3 report disagrees with
 * itself once, as long reports do: its introduction says 14.9T pre-training tokens, its data section 14.8T (a conflict);
 * and it states the total parameters twice in other words (671 billion params, 671B: no conflict).
 */
public final class GoldenGraph {
    static final Entity V2 = new Entity(null, "DeepSeek-V2", EntityKind.MODEL, Set.of("DeepSeek V2"));
    static final Entity V3 = new Entity(null, "DeepSeek-V3", EntityKind.MODEL, Set.of("DeepSeek V3"));
    static final Entity MLA = new Entity(null, "Multi-head Latent Attention", EntityKind.METHOD, Set.of("MLA"));
    static final Entity MOE = new Entity(null, "DeepSeekMoE", EntityKind.METHOD, Set.of());
    static final Entity FP8 = new Entity(null, "FP8 mixed precision training", EntityKind.METHOD, Set.of("FP8 training"));
    static final Entity DROPOUT = new Entity(null, "Dropout", EntityKind.METHOD, Set.of());

    private GoldenGraph() {
    }

    /** Builds the graph into an embedded store in {@code dataDir} and closes it, for tests that run kg on it. */
    public static void storeIn(Path dataDir) {
        try (GraphStore store = GraphStores.open(StoreConfig.embedded(dataDir))) {
            load(store);
        }
    }

    /** Loads both reports into an empty store. */
    public static void load(GraphStore store) {
        loadV2(store);
        loadV3(store);
    }

    private static void loadV2(GraphStore store) {
        String doc = "deepseek-v2";
        Section arch = section(doc, "2.1", "Multi-Head Latent Attention", 6, List.of(new PageStart(7, 90)),
                "DeepSeek-V2 adopts Multi-head Latent Attention (MLA) to shrink the key-value cache at inference. "
                        + "MLA is an attention mechanism. DeepSeek-V2 has 236B total parameters, of which 21B are "
                        + "activated for each token.");
        Section data = section(doc, "3.1", "Data", 9, List.of(),
                "DeepSeek-V2 is pre-trained on a corpus of 8.1T tokens. In this test report, pre-training it is said "
                        + "to have cost 1.2M USD.");
        List<Fact> facts = List.of(
                entityFact(V2, "uses", "adopts", MLA, arch, "adopts Multi-head Latent Attention (MLA)"),
                textFact(MLA, "is_a", "attention mechanism", arch, "MLA is an attention mechanism"),
                quantityFact(V2, "has_total_parameters", "236", "parameter", "236B", arch, "236B total parameters", Map.of()),
                quantityFact(V2, "has_activated_parameters_per_token", "21", "parameter", "21B", arch,
                        "21B are activated for each token", Map.of()),
                quantityFact(V2, "pretraining_tokens", "8.1", "token", "8.1T", data, "8.1T tokens", Map.of()),
                quantityFact(V2, "training_cost_dollars", "1.2", "USD", "1.2M", data, "cost 1.2M USD",
                        Map.of("stage", "pre-training")));
        store.replaceDocument(new Document(doc, "DeepSeek-V2 (test report)", "test/deepseek-v2.md", "", 20),
                List.of(arch, data), facts);
    }

    private static void loadV3(GraphStore store) {
        String doc = "deepseek-v3";
        Section intro = section(doc, "1", "Introduction", 1, List.of(),
                "DeepSeek-V3 adopts Multi-head Latent Attention, as its predecessor did. Pre-training took 2664K "
                        + "GPU hours, context extension 119K GPU hours and post-training 5K GPU hours. It is a model of "
                        + "671 billion params, pre-trained on 14.9T tokens.");
        Section arch = section(doc, "2.1", "Basic Architecture", 6, List.of(),
                "DeepSeek-V3 adopts Multi-head Latent Attention and DeepSeekMoE. It has 671B total parameters, "
                        + "with 37B activated for each token.");
        Section fp8 = section(doc, "3.3.1", "Mixed Precision Framework", 15, List.of(),
                "We adopt FP8 mixed precision training for DeepSeek-V3 to cut memory and compute.");
        Section data = section(doc, "4.1", "Data Construction", 22, List.of(),
                "DeepSeek-V3 is pre-trained on 14.8T high-quality and diverse tokens.");
        Fact mla = entityFact(V3, "uses", "adopts", MLA, arch, "adopts Multi-head Latent Attention")
                .mergedWith(entityFact(V3, "uses", "adopts", MLA, intro, "adopts Multi-head Latent Attention"));
        Fact dropout = Fact.of(V3, new Predicate("uses", "uses"), new FactObject.EntityObject(DROPOUT), Map.of(),
                Verdict.rejected(ErrorCode.QUOTE_NOT_IN_SECTION, "quote not found in the section text"), "llm:test",
                quote(arch, "DeepSeek-V3"));
        List<Fact> facts = new ArrayList<>(List.of(mla,
                entityFact(V3, "uses", "adopts", MOE, arch, "DeepSeekMoE"),
                entityFact(V3, "uses", "adopt", FP8, fp8, "adopt FP8 mixed precision training"),
                quantityFact(V3, "has_total_parameters", "671", "parameter", "671B", arch, "671B total parameters", Map.of()),
                quantityFact(V3, "has_activated_parameters_per_token", "37", "parameter", "37B", arch,
                        "37B activated for each token", Map.of()),
                quantityFact(V3, "pretraining_tokens", "14.8", "token", "14.8T", data, "14.8T high-quality", Map.of()),
                quantityFact(V3, "has_total_parameters", "671000000000", "params", "671 billion", intro,
                        "671 billion params", Map.of()),
                quantityFact(V3, "pretraining_tokens", "14.9", "token", "14.9T", intro, "pre-trained on 14.9T tokens",
                        Map.of()),
                quantityFact(V3, "training_cost", "2664", "GPU hour", "2664K", intro, "Pre-training took 2664K GPU hours",
                        Map.of("stage", "pre-training")),
                quantityFact(V3, "training_cost", "119", "GPU hour", "119K", intro, "context extension 119K GPU hours",
                        Map.of("stage", "context extension")),
                quantityFact(V3, "training_cost", "5", "GPU hour", "5K", intro, "post-training 5K GPU hours",
                        Map.of("stage", "post-training")),
                dropout));
        store.replaceDocument(new Document(doc, "DeepSeek-V3 (test report)", "test/deepseek-v3.md", "", 53),
                List.of(intro, arch, fp8, data), facts);
    }

    private static Section section(String doc, String number, String title, int page, List<PageStart> starts,
                                   String text) {
        return new Section(Section.idFor(doc, number, title), doc, number, title, number.split("\\.").length, page,
                page, text, null, starts, List.of());
    }

    private static Fact entityFact(Entity subject, String predicate, String surface, Entity object, Section section,
                                   String quote) {
        return Fact.of(subject, new Predicate(predicate, surface), new FactObject.EntityObject(object), Map.of(),
                Verdict.verified(), "rules", quote(section, quote));
    }

    private static Fact textFact(Entity subject, String predicate, String text, Section section, String quote) {
        return Fact.of(subject, Predicate.of(predicate), new FactObject.TextObject(text), Map.of(),
                Verdict.verified(), "rules", quote(section, quote));
    }

    private static Fact quantityFact(Entity subject, String predicate, String mantissa, String unit, String text,
                                     Section section, String quote, Map<String, String> qualifiers) {
        BigDecimal value = new BigDecimal(mantissa).scaleByPowerOfTen(switch (text.charAt(text.length() - 1)) {
            case 'K' -> 3;
            case 'M' -> 6;
            case 'B' -> 9;
            case 'T' -> 12;
            default -> 0;
        });
        return Fact.of(subject, Predicate.of(predicate), new FactObject.QuantityObject(new Quantity(value, unit, text)),
                qualifiers, Verdict.verified(), "rules", quote(section, quote));
    }

    private static Citation quote(Section section, String quote) {
        int start = section.text().indexOf(quote);
        if (start < 0) throw new IllegalArgumentException("not in section " + section.id() + ": " + quote);
        return Citation.of(section, quote, start, start + quote.length());
    }
}
