package dev.citegraph.dsl.analysis;

import dev.citegraph.dsl.ast.Clause;
import dev.citegraph.dsl.ast.Variable;
import dev.citegraph.graph.error.ErrorCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where optional patterns may stand. An optional pattern extends the rows of the required patterns, which come first,
 * through a variable they bind; the variables it adds belong to it alone. Then every store gives the same answer: a
 * left join of each optional pattern onto the required rows, whatever the store's rules for joining on a missing value.
 */
final class OptionalPatterns {
    private OptionalPatterns() {
    }

    static void check(List<Clause.Pattern> patterns, String source) {
        Set<String> required = new HashSet<>();
        boolean seenOptional = false;
        for (Clause.Pattern p : patterns) {
            if (!p.optional()) {
                if (seenOptional) {
                    throw SemanticErrors.error(source, ErrorCode.OPTIONAL_PATTERN, p.position(), "optional patterns "
                            + "come after the required ones they extend: move this pattern before the first optional");
                }
                required.addAll(variables(p));
            }
            seenOptional |= p.optional();
        }
        Set<String> added = new HashSet<>();
        for (Clause.Pattern p : patterns) {
            if (!p.optional()) continue;
            List<String> own = variables(p);
            if (own.stream().noneMatch(required::contains)) {
                throw SemanticErrors.error(source, ErrorCode.OPTIONAL_PATTERN, p.position(), "an optional pattern "
                        + "extends the rows of the required patterns and must share a variable with them, "
                        + "e.g. match ?m uses \"MLA\" . optional ?m pretraining_tokens ?t");
            }
            for (String name : own) {
                if (!required.contains(name) && !added.add(name)) {
                    throw SemanticErrors.error(source, ErrorCode.OPTIONAL_PATTERN, p.position(), "?" + name
                            + " is bound by another optional pattern and may be missing: give each optional pattern "
                            + "its own variables, or make the pattern that binds ?" + name + " required");
                }
            }
        }
    }

    private static List<String> variables(Clause.Pattern p) {
        List<String> names = new ArrayList<>();
        for (Object part : List.of(p.subject(), p.predicate(), p.object())) {
            if (part instanceof Variable v && !names.contains(v.name())) names.add(v.name());
        }
        return names;
    }
}
