package dev.citegraph.graph.query;

/** Which facts answer: verified ones only (the default), or all of them for review. */
public enum StatusFilter {
    VERIFIED_ONLY, ALL
}
