package dev.citegraph.graph.query;

import java.util.Objects;
import java.util.function.Function;

/** What an aggregate groups by. */
public sealed interface Grouping {

    /** One function per kind: a new kind fails to compile wherever groupings are handled. */
    <T> T match(Function<ByDocument, T> byDocument, Function<ByTarget, T> byTarget);

    /** The documents citing the facts of the aggregate's cited pattern. */
    record ByDocument() implements Grouping {
        @Override
        public <T> T match(Function<ByDocument, T> byDocument, Function<ByTarget, T> byTarget) {
            return byDocument.apply(this);
        }
    }

    record ByTarget(Target target) implements Grouping {
        public ByTarget {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public <T> T match(Function<ByDocument, T> byDocument, Function<ByTarget, T> byTarget) {
            return byTarget.apply(this);
        }
    }
}
