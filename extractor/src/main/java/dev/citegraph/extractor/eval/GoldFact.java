package dev.citegraph.extractor.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A hand-checked fact of the gold data ({@code corpus/gold/facts/*.jsonl}): what a report says, where (document,
 * section or the alternative section a table is printed in, page), and in which words. {@code value} and
 * {@code unit} are set for quantities only; aliases list other spellings of subject and object seen in the report.
 */
public record GoldFact(String id, String document, String section, String sectionAlt, Integer page, String table,
                       String subject, List<String> aliases, String predicate, String object, String objectKind,
                       BigDecimal value, String unit, List<String> objectAliases, Map<String, String> qualifiers,
                       String quote) {
    public GoldFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "doc");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        section = section == null ? "" : section;
        sectionAlt = sectionAlt == null ? "" : sectionAlt;
        objectKind = objectKind == null ? "text" : objectKind;
        unit = unit == null ? "" : unit;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        objectAliases = objectAliases == null ? List.of() : List.copyOf(objectAliases);
        qualifiers = qualifiers == null ? Map.of() : Map.copyOf(qualifiers);
        quote = quote == null ? "" : quote;
    }

    public boolean isQuantity() {
        return objectKind.equals("quantity") && value != null;
    }

    /** One line to show in a list of misses: {@code v2-043 deepseek-v2 §3.2.3 DeepSeek-V2 gpu_hours 172.8K}. */
    public String describe() {
        return id + " " + document + " §" + section + " " + subject + " " + predicate + " " + object;
    }
}
