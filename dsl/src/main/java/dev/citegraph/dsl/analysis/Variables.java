package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.ast.Clause;
import dev.citegraph.dsl.ast.Term;
import dev.citegraph.dsl.ast.Variable;
import dev.citegraph.graph.query.Output;
import dev.citegraph.graph.query.Target;
import dev.citegraph.graph.error.ErrorCode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each variable of a body stands for. A variable in subject position, or shared by the objects of two patterns,
 * is an entity; one in predicate position a predicate; one seen once as an object stands for that fact's value
 * (a quantity, a text or an entity, whatever the fact holds).
 */
final class Variables {
    private final Map<String, Output> bindings;

    private Variables(Map<String, Output> bindings) {
        this.bindings = bindings;
    }

    /** The variables of the patterns; those in {@code entities} (subjects of 'not' patterns) are entities too. */
    static Variables of(List<Clause.Pattern> patterns, Set<String> entities, String source) {
        Set<String> subjects = new HashSet<>(entities);
        Set<String> predicates = new HashSet<>();
        Map<String, Integer> objectCount = new HashMap<>();
        for (Clause.Pattern p : patterns) {
            if (p.subject() instanceof Variable v) subjects.add(v.name());
            if (p.predicate() instanceof Variable v) predicates.add(v.name());
            if (p.object() instanceof Variable v) objectCount.merge(v.name(), 1, Integer::sum);
        }
        for (Clause.Pattern p : patterns) {
            if (p.predicate() instanceof Variable v && (subjects.contains(v.name()) || objectCount.containsKey(v.name()))) {
                throw SemanticErrors.error(source, ErrorCode.PREDICATE_AND_TERM, v.position(),
                        "variable " + v + " is used both as a predicate and as a subject or object: "
                                + "give them different names");
            }
        }
        Map<String, Output> bindings = new LinkedHashMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            Clause.Pattern p = patterns.get(i);
            bind(bindings, p.subject(), i, Output.Role.SUBJECT);
            if (p.predicate() instanceof Variable v) {
                bindings.putIfAbsent(v.name(),
                        new Output(new Target.PredicateTarget(v.name(), i), i, Output.Role.PREDICATE));
            }
            boolean entity = p.object() instanceof Variable v
                    && (subjects.contains(v.name()) || objectCount.get(v.name()) > 1);
            if (p.object() instanceof Variable v && !entity) {
                bindings.putIfAbsent(v.name(), new Output(new Target.ValueTarget(v.name(), i), i, Output.Role.OBJECT));
            } else {
                bind(bindings, p.object(), i, Output.Role.OBJECT);
            }
        }
        return new Variables(bindings);
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

    /** Every variable, in order of first appearance. */
    List<Output> outputs() {
        return List.copyOf(bindings.values());
    }
}
