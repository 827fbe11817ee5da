package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.ast.Clause;
import dev.citegraph.dsl.ast.Variable;
import dev.citegraph.graph.error.ErrorCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A body's clauses in the order the plan numbers them: the patterns (a union's groups' in its place, patterns joined
 * by 'or' by their first), and the conditions, each with the union group it is written in.
 */
record Written(List<Clause.Pattern> patterns, Map<Integer, Clause.Alternatives> alternatives,
               List<Condition> conditions, Optional<WrittenUnion> union) {

    /** A comparison or contains condition, and the index of the union group it is in, if any. */
    record Condition(Clause clause, Optional<Integer> branch) {
        Variable variable() {
            return clause instanceof Clause.Comparison c ? c.variable() : ((Clause.Contains) clause).variable();
        }
    }

    /** A union and, for each of its groups, the indices of the group's patterns. */
    record WrittenUnion(Clause.Union clause, List<List<Integer>> branches) {
        boolean contains(int pattern) {
            return branches.stream().anyMatch(b -> b.contains(pattern));
        }
    }

    static Written of(List<Clause> clauses, String source) {
        List<Clause.Pattern> patterns = new ArrayList<>();
        Map<Integer, Clause.Alternatives> alternatives = new LinkedHashMap<>();
        List<Condition> conditions = new ArrayList<>();
        WrittenUnion union = null;
        for (Clause clause : clauses) {
            if (clause instanceof Clause.Union u) {
                if (union != null) {
                    throw SemanticErrors.error(source, ErrorCode.ALTERNATIVES, u.position(), "a match holds one union: "
                            + "write the combinations as the groups of one, e.g. (a . c) or (a . d) or (b . c) or "
                            + "(b . d) for (a) or (b) . (c) or (d)");
                }
                List<List<Integer>> branches = new ArrayList<>();
                for (Clause.Group group : u.groups()) {
                    List<Integer> branch = new ArrayList<>();
                    for (Clause inner : group.clauses()) {
                        if (add(inner, patterns, alternatives)) branch.add(patterns.size() - 1);
                        else conditions.add(new Condition(inner, Optional.of(branches.size())));
                    }
                    branches.add(branch);
                }
                union = new WrittenUnion(u, branches);
            } else if (!(clause instanceof Clause.Absent) && !add(clause, patterns, alternatives)) {
                conditions.add(new Condition(clause, Optional.empty()));
            }
        }
        return new Written(patterns, alternatives, conditions, Optional.ofNullable(union));
    }

    /** Adds a pattern (or patterns joined by 'or', by their first); false for a condition. */
    private static boolean add(Clause clause, List<Clause.Pattern> patterns,
                               Map<Integer, Clause.Alternatives> alternatives) {
        if (clause instanceof Clause.Pattern p) {
            patterns.add(p);
            return true;
        }
        if (clause instanceof Clause.Alternatives a) {
            alternatives.put(patterns.size(), a);
            patterns.add(a.patterns().get(0));
            return true;
        }
        return false;
    }
}
