package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.ast.Clause;
import dev.citegraph.dsl.ast.Term;
import dev.citegraph.dsl.ast.Variable;
import dev.citegraph.graph.query.Output;
import dev.citegraph.graph.query.Target;
import dev.citegraph.graph.error.ErrorCode;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What each variable of a body stands for. A variable in subject position, or shared by the objects of two patterns,
 * is an entity; one in predicate position a predicate; one seen once as an object stands for that fact's value
 * (a quantity, a text or an entity, whatever the fact holds).
 */
final class Variables {
    private final Map<String, Output> bindings;
    private final List<Clause.Pattern> patterns;
    private final Set<String> entities;

    private Variables(List<Clause.Pattern> patterns, Set<String> entities, Set<Integer> included) {
        this.patterns = patterns;
        this.entities = entities;
        this.bindings = new LinkedHashMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (!included.contains(i)) continue;
            Clause.Pattern p = patterns.get(i);
            bind(bindings, p.subject(), i, Output.Role.SUBJECT);
            if (p.predicate() instanceof Variable v) {
                bindings.putIfAbsent(v.name(),
                        new Output(new Target.PredicateTarget(v.name(), i), i, Output.Role.PREDICATE));
            }
            if (p.object() instanceof Variable v && !entities.contains(v.name())) {
                bindings.putIfAbsent(v.name(), new Output(new Target.ValueTarget(v.name(), i), i, Output.Role.OBJECT));
            } else {
                bind(bindings, p.object(), i, Output.Role.OBJECT);
            }
        }
    }

    /**
     * The variables of the patterns; those in {@code entities} (subjects of 'not' patterns) are entities too. The
     * {@code branches} of a union (lists of pattern indices) are alternatives: a row has the objects of one only.
     */
    static Variables of(List<Clause.Pattern> patterns, Set<String> entities, List<List<Integer>> branches,
                        String source) {
        Set<String> subjects = new HashSet<>(entities);
        for (Clause.Pattern p : patterns) {
            if (p.subject() instanceof Variable v) subjects.add(v.name());
        }
        // A row has the facts of one branch of a union: the objects outside it, and the most one branch has.
        Set<Integer> inBranches = new HashSet<>();
        branches.forEach(inBranches::addAll);
        Map<String, Integer> objectCount = objects(patterns, i -> !inBranches.contains(i));
        Map<String, Integer> most = new HashMap<>();
        for (List<Integer> branch : branches) {
            objects(patterns, branch::contains).forEach((name, n) -> most.merge(name, n, Math::max));
        }
        most.forEach((name, n) -> objectCount.merge(name, n, Integer::sum));
        for (Clause.Pattern p : patterns) {
            if (p.predicate() instanceof Variable v && (subjects.contains(v.name()) || objectCount.containsKey(v.name()))) {
                throw SemanticErrors.error(source, ErrorCode.PREDICATE_AND_TERM, v.position(),
                        "variable " + v + " is used both as a predicate and as a subject or object: "
                                + "give them different names");
            }
        }
        Set<String> entityNames = new HashSet<>(subjects);
        objectCount.forEach((name, n) -> {
            if (n > 1) entityNames.add(name);
        });
        Set<Integer> all = new HashSet<>();
        for (int i = 0; i < patterns.size(); i++) all.add(i);
        return new Variables(patterns, entityNames, all);
    }

    private static Map<String, Integer> objects(List<Clause.Pattern> patterns, IntPredicate include) {
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (include.test(i) && patterns.get(i).object() instanceof Variable v) count.merge(v.name(), 1, Integer::sum);
        }
        return count;
    }

    /** The variables as some of the patterns bind them (a union's group): what kind each is stays the same. */
    Variables within(Collection<Integer> included) {
        return new Variables(patterns, entities, Set.copyOf(included));
    }

    /** The names these patterns bind. */
    Set<String> names() {
        return bindings.keySet();
    }

    private static void bind(Map<String, Output> bindings, Term term, int pattern, Output.Role role) {
        if (!(term instanceof Variable v)) return;
        bindings.putIfAbsent(v.name(), new Output(new Target.EntityTarget(v.name()), pattern, role));
    }

    boolean binds(String name) {
        return bindings.containsKey(name);
    }

    boolean isEntity(String name) {
        return bindings.get(name) != null && bindings.get(name).target() instanceof Target.EntityTarget;
    }

    /** The binding of a variable used in a condition, order or group; unbound is an error at its position. */
    Output require(Variable variable, String source) {
        return Optional.ofNullable(bindings.get(variable.name())).orElseThrow(() -> SemanticErrors.error(source,
                ErrorCode.UNBOUND_VARIABLE, variable.position(), "unbound variable " + variable
                        + ": no pattern binds it" + known()));
    }

    private String known() {
        if (bindings.isEmpty()) return "";
        return " (bound here: " + String.join(", ", bindings.keySet().stream().map(n -> "?" + n).toList()) + ")";
    }

    /** The binding of a variable these patterns bind. */
    Output binding(String name) {
        return Optional.ofNullable(bindings.get(name)).orElseThrow(() -> new IllegalArgumentException(
                "?" + name + " is not bound here"));
    }

    /** Every variable, in order of first appearance. */
    List<Output> outputs() {
        return List.copyOf(bindings.values());
    }
}
