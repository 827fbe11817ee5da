package dev.citegraph.graph.store;

import dev.citegraph.graph.model.Citation;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;

import java.util.ArrayList;
import java.util.List;

/**
 * What a store's full-text index holds for one citation of a fact: the {@link Tokens} of the fact's subject with its
 * aliases, its predicate as stored and as the report worded it, its object (with the object entity's aliases or the
 * quantity's unit), its qualifiers and the citation's quote, joined by spaces. Both stores index exactly these words
 * with a whitespace analyzer, so a term counts the same in each and ranking above them gives the same answers.
 */
public final class FactText {
    private FactText() {
    }

    /** The indexed words of one citation of {@code fact}. */
    public static String of(Fact fact, Citation citation) {
        List<String> words = new ArrayList<>(Tokens.of(statement(fact)));
        words.addAll(Tokens.of(citation.quote()));
        return String.join(" ", words);
    }

    /** The words of the fact itself, whatever cites it. */
    static String statement(Fact fact) {
        StringBuilder text = new StringBuilder();
        text.append(fact.subject().name()).append(' ');
        fact.subject().aliases().stream().sorted().forEach(alias -> text.append(alias).append(' '));
        text.append(fact.predicate().name()).append(' ').append(fact.predicate().surface()).append(' ');
        text.append(fact.object().display()).append(' ');
        if (fact.object() instanceof FactObject.EntityObject entity) {
            entity.entity().aliases().stream().sorted().forEach(alias -> text.append(alias).append(' '));
        } else if (fact.object() instanceof FactObject.QuantityObject quantity) {
            text.append(quantity.quantity().unit()).append(' ');
        }
        fact.qualifiers().forEach((key, value) -> text.append(key).append(' ').append(value).append(' '));
        return text.toString();
    }
}
