package dev.citegraph.graph.query;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rows matching any one of some groups of patterns, {@code (a . b) or (c)}: each branch lists the indices of its
 * patterns. A row holds the facts of one branch and no fact ({@link QueryRows.FactRow#NO_FACT}) for the patterns of
 * the others; a filter on a branch's pattern holds within that branch.
 */
public record Union(List<List<Integer>> branches) {
    public Union {
        branches = branches.stream().map(List::copyOf).toList();
        if (branches.size() < 2) throw new IllegalArgumentException("a union needs two branches");
        Set<Integer> seen = new HashSet<>();
        for (List<Integer> branch : branches) {
            if (branch.isEmpty()) throw new IllegalArgumentException("a branch needs a pattern");
            for (int pattern : branch) {
                if (!seen.add(pattern)) throw new IllegalArgumentException("pattern " + pattern + " is in two branches");
            }
        }
    }

    /** Whether a pattern belongs to one of the branches. */
    public boolean contains(int pattern) {
        return branches.stream().anyMatch(b -> b.contains(pattern));
    }

    /** The branch a pattern belongs to, if any. */
    public Optional<Integer> branchOf(int pattern) {
        for (int i = 0; i < branches.size(); i++) if (branches.get(i).contains(pattern)) return Optional.of(i);
        return Optional.empty();
    }

    /** Every pattern of the union, branch by branch. */
    public List<Integer> patterns() {
        return branches.stream().flatMap(List::stream).toList();
    }
}
