package dev.citegraph.queries.answer.ask;

import dev.citegraph.dsl.ast.Argument;
import dev.citegraph.dsl.ast.Clause;
import dev.citegraph.dsl.ast.NamedPredicate;
import dev.citegraph.dsl.ast.PredicateRef;
import dev.citegraph.dsl.ast.Query;
import dev.citegraph.dsl.ast.Statement;
import dev.citegraph.dsl.ast.StringLiteral;
import dev.citegraph.dsl.ast.Term;
import dev.citegraph.graph.model.Entity;
import dev.citegraph.graph.model.Fact;
import dev.citegraph.graph.model.FactObject;
import dev.citegraph.graph.vocab.PredicateVocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entities and predicates a query names, and the verified facts that match them: facts whose subject or object
 * is a named entity (by name or alias), with a named predicate when the query names any. These are the query's
 * candidates for an answer, ahead of those lexical retrieval finds.
 */
final class QueryFocus {
    private final Set<String> nameKeys;
    private final Set<String> predicates;

    private QueryFocus(Set<String> nameKeys, Set<String> predicates) {
        this.nameKeys = nameKeys;
        this.predicates = predicates;
    }

    static QueryFocus of(Query query, PredicateVocabulary vocabulary) {
        List<Argument> names = new ArrayList<>();
        List<PredicateRef> predicates = new ArrayList<>();
        Statement statement = query.statement();
        if (statement instanceof Statement.FactsAbout about) {
            names.add(about.entity());
        } else if (statement instanceof Statement.Compare compare) {
            names.addAll(compare.subjects());
            predicates.addAll(compare.predicates());
        } else if (statement instanceof Statement.Match match) {
            addPatterns(match.clauses(), names, predicates);
        } else if (statement instanceof Statement.Aggregate aggregate) {
            addPatterns(aggregate.clauses(), names, predicates);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Argument name : names) if (name instanceof StringLiteral literal) keys.add(Entity.keyOf(literal.text()));
        Set<String> canonical = new LinkedHashSet<>();
        for (PredicateRef predicate : predicates) {
            if (predicate instanceof NamedPredicate named) canonical.add(vocabulary.canonicalOrSelf(named.word()));
        }
        return new QueryFocus(keys, canonical);
    }

    private static void addPatterns(List<Clause> clauses, List<Argument> names, List<PredicateRef> predicates) {
        for (Clause clause : clauses) {
            if (clause instanceof Clause.Pattern pattern) {
                addTerm(pattern.subject(), names);
                addTerm(pattern.object(), names);
                predicates.add(pattern.predicate());
            }
        }
    }

    private static void addTerm(Term term, List<Argument> names) {
        if (term instanceof StringLiteral literal) names.add(literal);
    }

    List<Fact> select(List<Fact> facts, PredicateVocabulary vocabulary) {
        if (nameKeys.isEmpty()) return List.of();
        return facts.stream().filter(Fact::isVerified)
                .filter(f -> named(f.subject()) || f.object() instanceof FactObject.EntityObject e && named(e.entity()))
                .filter(f -> predicates.isEmpty()
                        || predicates.contains(vocabulary.canonicalOrSelf(f.predicate().name())))
                .toList();
    }

    private boolean named(Entity entity) {
        return nameKeys.contains(entity.id())
                || entity.aliases().stream().anyMatch(alias -> nameKeys.contains(Entity.keyOf(alias)));
    }
}
