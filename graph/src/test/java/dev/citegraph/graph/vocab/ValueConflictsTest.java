package dev.citegraph.graph.vocab;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.model.Predicate;
import dev.citegraph.graph.model.Quantity;
import dev.citegraph.graph.model.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ValueConflictsTest {
    private final ValueConflicts rule = new ValueConflicts(UnitVocabulary.builtIn(),
            PredicateVocabulary.builtIn()::canonicalOrSelf);

    @Test
    void differentNumbersOfOneStatementFromTwoSectionsDisagreeWithEveryValueAndItsFacts() {
        Fact intro = quantity("pretraining_tokens", "14900000000000", "tokens", "14.9T", "v3", "1", Map.of());
        Fact data = quantity("pretraining_tokens", "14800000000000", "token", "14.8T", "v3", "4.1", Map.of());

        assertThat(rule.among(List.of(intro, data))).singleElement().satisfies(conflict -> {
            assertThat(conflict.subject()).isEqualTo("DeepSeek-V3");
            assertThat(conflict.predicate()).isEqualTo("pretraining_tokens");
            assertThat(conflict.values()).containsExactly(List.of(intro), List.of(data));
        });
    }

    @Test
    void oneQuantityInOtherWordsAndUnitSpellingsAgrees() {
        Fact short_ = quantity("has_total_parameters", "671000000000", "parameter", "671B", "v3", "2.1", Map.of());
        Fact long_ = quantity("has_total_parameters", "671000000000", "params", "671 billion", "v3", "1", Map.of());

        assertThat(rule.among(List.of(short_, long_))).isEmpty();
        assertThat(rule.disagree(List.of(short_, long_))).isFalse();
    }

    @Test
    void convertibleUnitsAreComparedAfterConversion() {
        Fact terabytes = quantity("memory", "1.5", "TB", "1.5 TB", "a", "1", Map.of());
        Fact gigabytes = quantity("memory", "1500", "gigabytes", "1500 GB", "b", "1", Map.of());
        Fact other = quantity("memory", "1600", "GB", "1600 GB", "b", "2", Map.of());

        assertThat(rule.disagree(List.of(terabytes, gigabytes))).isFalse();
        assertThat(rule.disagree(List.of(terabytes, other))).isTrue();
    }

    @Test
    void unitsThatDoNotConvertMeasureDifferentThingsAndDoNotDisagree() {
        Fact hours = quantity("training_cost", "2664000", "GPU hour", "2664K", "v3", "1", Map.of());
        Fact dollars = quantity("training_cost", "5576000", "USD", "$5.576M", "v3", "4", Map.of());

        assertThat(rule.disagree(List.of(hours, dollars))).isFalse();
    }

    @Test
    void otherQualifiersAreOtherStatementsAndQualifiersCompareAfterNormalisation() {
        Fact pre = quantity("training_cost", "2664000", "GPU hour", "2664K", "v3", "1", Map.of("stage", "pre-training"));
        Fact post = quantity("training_cost", "5000", "GPU hour", "5K", "v3", "2", Map.of("stage", "post-training"));
        Fact preAgain = quantity("training_cost", "2600000", "GPU hour", "2.6M", "v3", "3",
                Map.of("Stage", "Pre Training"));

        assertThat(rule.disagree(List.of(pre, post))).isFalse();
        assertThat(rule.disagree(List.of(pre, post, preAgain))).isTrue();
    }

    @Test
    void valuesOfTwoSubjectsInOneCellAreTwoStatements() {
        Fact v3 = quantity("pretraining_tokens", "14800000000000", "token", "14.8T", "v3", "4.1", Map.of());
        Fact v2 = new Fact(null, Entity.named("DeepSeek-V2"), v3.predicate(), new FactObject.QuantityObject(
                new Quantity(new BigDecimal("8100000000000"), "token", "8.1T")), Map.of(), Verdict.verified(), "rules",
                List.of(new Citation("v3", "v3#1", "1", "Introduction", 1, "8.1T", 0, 4)));

        assertThat(rule.disagree(List.of(v3, v2))).isFalse();
    }

    @Test
    void twoValuesOfOnePassageAreARangeNotADisagreement() {
        Fact before = quantity("score", "15.6", "%", "15.6%", "r1", "1", Map.of());
        Fact after = quantity("score", "71.0", "%", "71.0%", "r1", "1", Map.of());

        assertThat(rule.disagree(List.of(before, after))).isFalse();
    }

    @Test
    void textsCompareAfterNormalisationAndEntitiesNeverDisagree() {
        Fact one = text("license", "MIT License", "a", "1");
        Fact same = text("license", "mit  license", "b", "1");
        Fact other = text("license", "Apache-2.0", "b", "2");
        Fact mla = relation("uses", "Multi-head Latent Attention", "a", "1");
        Fact moe = relation("uses", "DeepSeekMoE", "b", "1");

        assertThat(rule.disagree(List.of(one, same))).isFalse();
        assertThat(rule.disagree(List.of(one, other))).isTrue();
        assertThat(rule.among(List.of(mla, moe))).isEmpty();
    }

    private static Fact quantity(String predicate, String value, String unit, String text, String document,
                                 String section, Map<String, String> qualifiers) {
        return fact(predicate, new FactObject.QuantityObject(new Quantity(new BigDecimal(value), unit, text)),
                qualifiers, document, section, text);
    }

    private static Fact text(String predicate, String text, String document, String section) {
        return fact(predicate, new FactObject.TextObject(text), Map.of(), document, section, text);
    }

    private static Fact relation(String predicate, String object, String document, String section) {
        return fact(predicate, new FactObject.EntityObject(Entity.named(object)), Map.of(), document, section, object);
    }

    private static Fact fact(String predicate, FactObject object, Map<String, String> qualifiers, String document,
                             String section, String quote) {
        Citation citation = new Citation(document, document + "#" + section, section, "Section " + section, 1, quote, 0,
                quote.length());
        return Fact.of(Entity.named("DeepSeek-V3"), Predicate.of(predicate), object, qualifiers, Verdict.verified(),
                "rules", citation);
    }
}
