package dev.citegraph.graph.store;

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
import dev.citegraph.graph.model.Table;
import dev.citegraph.graph.model.Verdict;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small reports written for store tests: two sections each, facts quoting their text. */
public final class Reports {
    public static final String V3_TEXT = "DeepSeek-V3 adopts Multi-head Latent Attention. It has 671B total parameters.";
    public static final String COST_TEXT = "Pre-training took 2664K GPU hours.";

    private Reports() {
    }

    public static Document document(String id) {
        return new Document(id, "Report " + id, "reports/" + id + ".md", "sha-" + id, 12);
    }

    public static Section architecture(String documentId) {
        return new Section(Section.idFor(documentId, "2", "Architecture"), documentId, "2", "Architecture", 1, 3, 4,
                V3_TEXT, null, List.of(new PageStart(4, 48)), List.of());
    }

    public static Section costs(String documentId) {
        Table table = new Table("Table 1", "Training costs", 5, List.of(List.of("Stage", "GPU hours"),
                List.of("Pre-Training", "2664K")));
        return new Section(Section.idFor(documentId, "2.1", "Costs"), documentId, "2.1", "Costs", 2, 5, 5,
                COST_TEXT, architecture(documentId).id(), List.of(), List.of(table));
    }

    public static List<Section> sections(String documentId) {
        return List.of(architecture(documentId), costs(documentId));
    }

    public static Entity v3() {
        return new Entity(null, "DeepSeek-V3", EntityKind.MODEL, Set.of("DeepSeek V3"));
    }

    public static Fact usesMla(String documentId) {
        Section section = architecture(documentId);
        Entity mla = new Entity(null, "Multi-head Latent Attention", EntityKind.METHOD, Set.of("MLA"));
        return Fact.of(v3(), new Predicate("uses", "adopts"), new FactObject.EntityObject(mla), Map.of(),
                Verdict.verified(), "rules", quote(section, "adopts Multi-head Latent Attention"));
    }

    public static Fact totalParameters(String documentId) {
        Section section = architecture(documentId);
        Quantity quantity = new Quantity(new BigDecimal("671000000000"), "parameter", "671B");
        return Fact.of(v3(), Predicate.of("total_parameters"), new FactObject.QuantityObject(quantity), Map.of(),
                Verdict.verified(), "rules", quote(section, "671B total parameters"));
    }

    public static Fact pretrainingCost(String documentId) {
        Section section = costs(documentId);
        Quantity quantity = new Quantity(new BigDecimal("2664000"), "GPU hour", "2664K");
        return Fact.of(v3(), Predicate.of("training_cost"), new FactObject.QuantityObject(quantity),
                Map.of("stage", "pre-training", "hardware", "H800"), Verdict.verified(), "rules",
                quote(section, "2664K GPU hours"));
    }

    public static Fact rejectedClaim(String documentId) {
        Section section = costs(documentId);
        return Fact.of(v3(), Predicate.of("training_cost"), new FactObject.TextObject("cheap"), Map.of(),
                Verdict.rejected(ErrorCode.NUMBER_NOT_IN_QUOTE, "the object's 2.8M is not in the quote"), "llm:test",
                quote(section, "Pre-training took"));
    }

    public static List<Fact> facts(String documentId) {
        return List.of(usesMla(documentId), totalParameters(documentId), pretrainingCost(documentId),
                rejectedClaim(documentId));
    }

    public static Citation quote(Section section, String quote) {
        int start = section.text().indexOf(quote);
        if (start < 0) throw new IllegalArgumentException("not in section: " + quote);
        return Citation.of(section, quote, start, start + quote.length());
    }
}
