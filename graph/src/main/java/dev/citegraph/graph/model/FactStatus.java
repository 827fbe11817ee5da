package dev.citegraph.graph.model;

/**
 * The kind of a fact's {@link Verdict}, what stores keep, count and filter on. Only verified facts reach answers by
 * default.
 */
public enum FactStatus {
    VERIFIED,
    UNVERIFIED,
    REJECTED
}
