package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.ast.Clause;
import dev.citegraph.dsl.ast.Variable;
import dev.citegraph.graph.error.ErrorCode;
import dev.citegraph.graph.query.Body;
import dev.citegraph.graph.query.Output;
import dev.citegraph.graph.query.Target;
import dev.citegraph.graph.query.Union;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a union of groups may hold and how its variables show. Each group binds a variable from a fact of its own:
 * so the groups bind the same variables, conditions on a union's values stand inside each group, and a column shows
 * a variable from the group the row matched.
 */
final class UnionRules {
    private final String source;

    UnionRules(String source) {
        this.source = source;
    }

    /**
     * Every group of a union binds the same variables, so that every row binds them, whichever group it matched; and
     * each group has a pattern to bind them.
     */
    void check(Written.WrittenUnion union, Variables variables) {
        Set<String> first = variables.within(union.branches().get(0)).names();
        for (int b = 0; b < union.branches().size(); b++) {
            Clause.Group group = union.clause().groups().get(b);
            if (union.branches().get(b).isEmpty()) {
                throw SemanticErrors.error(source, ErrorCode.ALTERNATIVES, group.position(), "each group of a union "
                        + "needs a pattern to bind its variables, e.g. (?m training_cost ?c . ?c > 1M): add one to "
                        + "this group");
            }
            Set<String> bound = variables.within(union.branches().get(b)).names();
            if (!bound.equals(first)) {
                throw SemanticErrors.error(source, ErrorCode.ALTERNATIVES, group.position(), "'or' joins groups that "
                        + "bind the same variables, so that every row binds them: this group binds " + listed(bound)
                        + ", the first group " + listed(first) + "; bind the same ones in each group, or write two queries");
            }
        }
    }

    /**
     * A condition in a group tests that group's facts; one after the union tests every row, so only an entity, the
     * same whichever group bound it, and not a value or predicate, which each group takes from another fact.
     */
    /**
     * A condition in a group on a variable only the rest of the match binds tests every row alike, so it belongs after
     * the union; without this it would read as a variable nothing binds.
     */
    void checkBoundWithin(Written.Condition condition, Variables group, Variables all) {
        String name = condition.variable().name();
        if (condition.branch().isPresent() && !group.binds(name) && all.binds(name)) {
            throw SemanticErrors.error(source, ErrorCode.ALTERNATIVES, condition.clause().position(), condition
                    .variable() + " is bound outside the union, the same for every group: write the condition after "
                    + "the union");
        }
    }

        void checkCondition(Written.Condition condition, Output binding, Written written) {
        boolean entity = binding.target() instanceof Target.EntityTarget;
        if (condition.branch().isPresent() && entity) {
            throw SemanticErrors.error(source, ErrorCode.ALTERNATIVES, condition.clause().position(), "a condition "
                    + "on the entity " + condition.variable() + " holds for every group alike: write it after the union");
        }
        boolean inUnion = written.union().filter(u -> u.contains(binding.pattern())).isPresent();
        if (condition.branch().isEmpty() && inUnion && !entity) {
            throw SemanticErrors.error(source, ErrorCode.ALTERNATIVES, condition.clause().position(), "each group "
                    + "of the union binds " + condition.variable() + " to a fact of its own: write the condition "
                    + "inside each group, e.g. (?m training_cost ?c . ?c > 1M) or (?m pretraining_tokens ?c . ?c > 1T)");
        }
    }

    /** An aggregate takes its value from one pattern, where a union's groups take theirs from different ones. */
    void checkNoUnion(List<Clause> clauses) {
        for (Clause clause : clauses) {
            if (clause instanceof Clause.Union u) {
                throw SemanticErrors.error(source, ErrorCode.ALTERNATIVES, u.position(), "an aggregate takes its "
                        + "value from one pattern, and a union's groups bind theirs from different ones: aggregate "
                        + "each group in a query of its own, or list the union's rows with match ... return distinct");
            }
        }
    }

    /**
     * An order key on a union's variable: an entity, or a value, read from the fact of whichever group the row
     * matched; not a predicate, which a union's groups do not name alike.
     */
    void checkOrder(Variable v, Output ordered, Body body) {
        if (body.inUnion(ordered.pattern()) && ordered.target() instanceof Target.PredicateTarget) {
            throw SemanticErrors.error(source, ErrorCode.ALTERNATIVES, v.position(), "each group of the union "
                    + "binds the predicate " + v + " from a fact of its own: order by an entity or a value, or by a "
                    + "variable a pattern after the union binds");
        }
    }

    /** A variable a union binds, with its place in each other group: a row shows it from the group it matched. */
    static Output everyPlace(Output output, Body body, Variables variables) {
        Optional<Union> union = body.union();
        Optional<Integer> branch = union.flatMap(u -> u.branchOf(output.pattern()));
        if (branch.isEmpty()) return output;
        List<Output.Place> otherwise = new ArrayList<>();
        List<List<Integer>> branches = union.get().branches();
        for (int b = 0; b < branches.size(); b++) {
            if (b == branch.get()) continue;
            Output other = variables.within(branches.get(b)).binding(output.target().variable());
            otherwise.add(new Output.Place(other.pattern(), other.role()));
        }
        return new Output(output.target(), output.pattern(), output.role(), otherwise);
    }

    private static String listed(Set<String> names) {
        if (names.isEmpty()) return "no variable";
        return String.join(", ", names.stream().map(n -> "?" + n).toList());
    }
}
